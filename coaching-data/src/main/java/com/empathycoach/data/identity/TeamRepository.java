package com.empathycoach.data.identity;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface TeamRepository extends JpaRepository<TeamEntity, Long> {
    Optional<TeamEntity> findByName(String name);
}
