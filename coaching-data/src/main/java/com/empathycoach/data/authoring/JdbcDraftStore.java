package com.empathycoach.data.authoring;

import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.Draft;
import com.empathycoach.core.authoring.DraftStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcDraftStore implements DraftStore {

    private final JdbcTemplate jdbc;

    JdbcDraftStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String select(AuthoringTables t) {
        return "select d.*, d." + t.idColumn() + " draft_id, coalesce(u.display_name, 'Integration API') updated_by_name from "
                + t.drafts() + " d left join app_user u on u.id = d.updated_by";
    }

    private static RowMapper<Draft> row(ContentKind kind) {
        return (rs, n) -> new Draft(kind, rs.getString("draft_id"), rs.getString("source"), rs.getString("source_es"),
                rs.getInt("version"), rs.getString("updated_by_name"), rs.getTimestamp("updated_at").toInstant());
    }

    @Override
    public Optional<Draft> find(ContentKind kind, String id) {
        AuthoringTables t = AuthoringTables.of(kind);
        return jdbc.query(select(t) + " where d." + t.idColumn() + " = ?", row(kind), id).stream().findFirst();
    }

    @Override
    public List<Draft> all(ContentKind kind) {
        AuthoringTables t = AuthoringTables.of(kind);
        return jdbc.query(select(t) + " order by d." + t.idColumn(), row(kind));
    }

    @Override
    public boolean create(ContentKind kind, String id, String source, String sourceEs, long userId, Instant at) {
        AuthoringTables t = AuthoringTables.of(kind);
        try {
            return jdbc.update("insert into " + t.drafts() + " (" + t.idColumn() + ", source, source_es, version, "
                    + "updated_by, updated_at) values (?, ?, ?, 1, ?, ?)", id, source, sourceEs, userId,
                    Timestamp.from(at)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean save(ContentKind kind, String id, int expected, String source, String sourceEs, long userId,
                        Instant at) {
        AuthoringTables t = AuthoringTables.of(kind);
        return jdbc.update("update " + t.drafts() + " set source = ?, source_es = ?, version = version + 1, updated_by = ?, "
                + "updated_at = ? where " + t.idColumn() + " = ? and version = ?", source, sourceEs, userId,
                Timestamp.from(at), id, expected) == 1;
    }
}
