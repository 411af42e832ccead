package com.empathycoach.data.embedded;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** With a datasource URL configured, no embedded database starts and the URL is left alone. */
class EmbeddedMariaDbEnvironmentTest {

    @Test
    void configuredServerUrlWinsAndNothingEmbeddedStarts() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example.org:3306/empathy");
        new EmbeddedMariaDbEnvironment().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db.example.org:3306/empathy");
        assertThat(env.getProperty(EmbeddedMariaDbEnvironment.ACTIVE_PROPERTY)).isNull();
        assertThat(env.getPropertySources().contains("embeddedMariaDb")).isFalse();
    }

    @Test
    void embeddedDatabaseCanBeSwitchedOff() {
        MockEnvironment env = new MockEnvironment().withProperty("empathy.embedded-db.enabled", "false");
        new EmbeddedMariaDbEnvironment().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void withoutAUrlTheEmbeddedServerIsUsed() {
        MockEnvironment env = new MockEnvironment().withProperty("empathy.embedded-db.data-dir", "target/embedded-db");
        new EmbeddedMariaDbEnvironment().postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).startsWith("jdbc:mariadb://127.0.0.1:");
        assertThat(env.getProperty(EmbeddedMariaDbEnvironment.ACTIVE_PROPERTY)).isEqualTo("true");
    }
}
