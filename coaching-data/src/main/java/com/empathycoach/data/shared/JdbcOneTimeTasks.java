package com.empathycoach.data.shared;

import com.empathycoach.core.shared.OneTimeTasks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

@Repository
class JdbcOneTimeTasks implements OneTimeTasks {

    private final JdbcTemplate jdbc;

    JdbcOneTimeTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String name, Instant at) {
        return jdbc.update("insert ignore into one_time_task (name, done_at) values (?, ?)", name, Timestamp.from(at)) == 1;
    }
}
