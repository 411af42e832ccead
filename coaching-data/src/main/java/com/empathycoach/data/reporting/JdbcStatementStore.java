package com.empathycoach.data.reporting;

import com.empathycoach.core.reporting.StatementStore;
import com.empathycoach.core.reporting.XapiStatement;
import com.empathycoach.core.reporting.XapiStatement.ActivityType;
import com.empathycoach.core.reporting.XapiStatement.Verb;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

@Repository
class JdbcStatementStore implements StatementStore {

    private static final String SELECT = """
            select s.*, u.display_name, u.email from xapi_statement s join app_user u on u.id = s.user_id
            """;

    private static final RowMapper<StoredStatement> ROW = (rs, i) -> {
        int score = rs.getInt("score");
        Integer scoreValue = rs.wasNull() ? null : score;
        boolean success = rs.getBoolean("success");
        Boolean successValue = rs.wasNull() ? null : success;
        boolean completion = rs.getBoolean("completion");
        Boolean completionValue = rs.wasNull() ? null : completion;
        return new StoredStatement(new XapiStatement(rs.getString("id"), rs.getLong("user_id"), Verb.valueOf(rs.getString("verb")),
                ActivityType.valueOf(rs.getString("activity_type")), rs.getString("activity_id"), rs.getString("activity_name"),
                scoreValue, successValue, completionValue, rs.getString("response"), rs.getTimestamp("at").toInstant()),
                rs.getString("display_name"), rs.getString("email"), rs.getInt("attempts"));
    };

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    JdbcStatementStore(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1_000);
    }

    @Override
    public void save(XapiStatement s) {
        jdbc.update("""
                insert ignore into xapi_statement (id, user_id, verb, activity_type, activity_id, activity_name, score, success,
                completion, response, at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                s.id(), s.userId(), s.verb().name(), s.activityType().name(), s.activityId(), s.activityName(), s.score(),
                s.success(), s.completion(), s.response(), Timestamp.from(s.at()), Timestamp.from(s.at()));
    }

    @Override
    public int stream(Instant from, Instant to, Consumer<StoredStatement> sink) {
        int[] rows = {0};
        streaming.query(SELECT + " where s.at >= ? and s.at < ? order by s.at, s.id", rs -> {
            sink.accept(ROW.mapRow(rs, rows[0]));
            rows[0]++;
        }, Timestamp.from(from), Timestamp.from(to));
        return rows[0];
    }

    @Override
    public List<StoredStatement> dueForForwarding(Instant now, int limit) {
        return jdbc.query(SELECT + " where s.forwarded_at is null and s.next_attempt_at <= ? order by s.at, s.id limit ?",
                ROW, Timestamp.from(now), limit);
    }

    @Override
    public void markForwarded(List<String> ids, Instant at) {
        jdbc.batchUpdate("update xapi_statement set forwarded_at = ?, last_error = null where id = ?",
                ids.stream().map(id -> new Object[]{Timestamp.from(at), id}).toList());
    }

    @Override
    public void markFailed(List<String> ids, String error, Instant nextAttemptAt) {
        String text = error == null ? "" : error.length() > 400 ? error.substring(0, 400) : error;
        jdbc.batchUpdate("update xapi_statement set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?",
                ids.stream().map(id -> new Object[]{Timestamp.from(nextAttemptAt), text, id}).toList());
    }
}
