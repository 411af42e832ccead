package com.empathycoach.data.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByUsername(String username);

    boolean existsByUsernameOrEmail(String username, String email);

    /** Matches a pattern made by {@code JpaIdentityStore.like}: '!' escapes '%', '_' and itself. */
    String SEARCH = "lower(u.username) like :pattern escape '!' or lower(u.displayName) like :pattern escape '!'"
            + " or lower(u.email) like :pattern escape '!'";

    @Query("select count(u) from UserEntity u where " + SEARCH)
    long countSearch(@Param("pattern") String pattern);
}
