package com.empathycoach.web.demo;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Seeds a small demo organisation: 1 admin, 1 HR user, 2 coaches, 2 teams, 12 agents. On by default
 * with the embedded database, off with an external one unless the {@code demo} profile or
 * {@code empathy.demo.enabled=true} asks for it. Idempotent: existing accounts are left alone.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "empathy-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoUser(String username, String name, Set<Role> roles, String team) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Alex Morgan", Set.of(Role.ADMIN), null),
            new DemoUser("priya", "Priya Shah", Set.of(Role.HR), null),
            new DemoUser("samira", "Samira Haddad", Set.of(Role.COACH, Role.AUTHOR), "Harbour Team"),
            new DemoUser("tomas", "Tomás Rivera", Set.of(Role.COACH), "Summit Team"),
            new DemoUser("amara", "Amara Okafor", Set.of(Role.AGENT), "Harbour Team"),
            new DemoUser("ben", "Ben Carter", Set.of(Role.AGENT), "Harbour Team"),
            new DemoUser("chen", "Chen Wei", Set.of(Role.AGENT), "Harbour Team"),
            new DemoUser("dara", "Dara Murphy", Set.of(Role.AGENT), "Harbour Team"),
            new DemoUser("elif", "Elif Yilmaz", Set.of(Role.AGENT), "Harbour Team"),
            new DemoUser("fatima", "Fatima Diallo", Set.of(Role.AGENT), "Harbour Team"),
            new DemoUser("gus", "Gus Lindqvist", Set.of(Role.AGENT), "Summit Team"),
            new DemoUser("hana", "Hana Suzuki", Set.of(Role.AGENT), "Summit Team"),
            new DemoUser("ivan", "Ivan Petrov", Set.of(Role.AGENT), "Summit Team"),
            new DemoUser("jade", "Jade Thompson", Set.of(Role.AGENT), "Summit Team"),
            new DemoUser("kofi", "Kofi Mensah", Set.of(Role.AGENT), "Summit Team"),
            new DemoUser("lucia", "Lucía Fernández", Set.of(Role.AGENT), "Summit Team"));

    private final IdentityFacade identity;
    private final Environment env;

    DemoData(IdentityFacade identity, Environment env) {
        this.identity = identity;
        this.env = env;
    }

    static boolean enabled(Environment env) {
        boolean embedded = env.getProperty("empathy.embedded-db.active", Boolean.class, false);
        return env.acceptsProfiles(Profiles.of("demo"))
                || env.getProperty("empathy.demo.enabled", Boolean.class, embedded);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled(env)) {
            return;
        }
        int created = 0;
        for (DemoUser user : USERS) {
            long userId;
            var existing = identity.account(user.username());
            if (existing.isPresent()) {
                userId = existing.get().id();
                identity.ensureRoles(userId, user.roles());
            } else {
                userId = identity.register(new NewUser(user.username(), user.name(),
                        user.username() + "@demo.empathycoach.test", PASSWORD, user.roles(), "Europe/London"));
                created++;
            }
            if (user.team() != null) {
                identity.addToTeam(identity.ensureTeam(user.team()), userId,
                        user.roles().contains(Role.COACH) ? Role.COACH : Role.AGENT);
            }
        }
        log.info("Demo data: {} account(s) created, {} already present", created, USERS.size() - created);
    }
}
