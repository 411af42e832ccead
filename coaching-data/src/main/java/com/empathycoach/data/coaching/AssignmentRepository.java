package com.empathycoach.data.coaching;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<AssignmentEntity, Long> {
}
