package com.empathycoach.data.feedback;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeerRequestRepository extends JpaRepository<PeerRequestEntity, Long> {
}
