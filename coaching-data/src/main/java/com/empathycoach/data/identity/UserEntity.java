package com.empathycoach.data.identity;

import com.empathycoach.core.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 64)
    String username;

    @Column(name = "display_name", nullable = false, length = 120)
    String displayName;

    @Column(nullable = false, length = 254)
    String email;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @Column(nullable = false)
    boolean active = true;

    @Column(name = "time_zone", nullable = false, length = 64)
    String timeZone = "UTC";

    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserEntity() {
    }

    UserEntity(String username, String displayName, String email, String passwordHash, Set<Role> roles, String timeZone) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.timeZone = timeZone;
    }
}
