package com.empathycoach.data;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Set;
import java.util.UUID;

/**
 * The persistence adapter booted once per test JVM for property tests. jqwik does not run Spring's test extension,
 * so its properties take beans from here instead of {@code @Autowired}. It boots the same
 * {@link DataTestApplication} as the {@code @SpringBootTest} classes, against the same embedded MariaDB.
 */
public final class PropertyTestContext {

    private static ConfigurableApplicationContext context;

    private PropertyTestContext() {
    }

    public static synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            context = new SpringApplicationBuilder(DataTestApplication.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run();
        }
        return context.getBean(type);
    }

    /** A new active person with a unique name, in {@code zone}. */
    public static long newUser(String prefix, String zone, Role... roles) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return bean(IdentityStore.class).createUser(new NewUser(prefix + tag, "Person " + tag, tag + "@example.org",
                "long-enough-password", Set.of(roles), zone), "h");
    }
}
