package com.empathycoach.data.embedded;

import com.empathycoach.data.DataTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** MariaDB restarted under a running app: the pool drops the dead connections and the app carries on. */
@SpringBootTest(classes = DataTestApplication.class)
class DatabaseRestartTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAppRecoversFromADatabaseRestartWithoutRestartingItself() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isNotNegative();
        Thread.sleep(2_000);
        long uptimeBefore = uptime();
        EmbeddedMariaDb.current().restart();
        // Connections idle in the pool now point at the old server; the pool checks them before handing them out.
        Thread.sleep(1_000);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Integer users = null;
        while (users == null && Instant.now().isBefore(deadline)) {
            try {
                users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
            } catch (RuntimeException stillRecovering) {
                Thread.sleep(500);
            }
        }
        assertThat(users).as("a query succeeds within 30 s of the restart").isNotNull();
        assertThat(uptime()).as("the server really restarted").isLessThan(uptimeBefore);
    }

    private long uptime() {
        return jdbc.queryForObject("select variable_value from information_schema.global_status where variable_name = 'UPTIME'",
                Long.class);
    }
}
