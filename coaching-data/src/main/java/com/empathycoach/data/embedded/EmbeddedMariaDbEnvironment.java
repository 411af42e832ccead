package com.empathycoach.data.embedded;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is configured, and points the
 * datasource at it. With a URL configured (property or SPRING_DATASOURCE_URL) nothing starts.
 * Runs after the config files are read, so application.properties and profiles count.
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String ACTIVE_PROPERTY = "empathy.embedded-db.active";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")
                || !env.getProperty("empathy.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("empathy.embedded-db.data-dir", "./data"));
        String database = env.getProperty("empathy.embedded-db.database", "empathy");
        List<String> serverArgs = List.of(env.getProperty("empathy.embedded-db.server-args", String[].class, new String[0]));
        int port = env.getProperty("empathy.embedded-db.port", Integer.class, 0);
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(dataDir, database, serverArgs, port);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", "root",
                "spring.datasource.password", "",
                ACTIVE_PROPERTY, "true")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
