package com.empathycoach.data.authoring;

import com.empathycoach.core.authoring.DraftStore;
import com.empathycoach.core.authoring.ModuleDraft;
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

    private static final String SELECT = """
            select d.*, coalesce(u.display_name, 'Integration API') updated_by_name from module_draft d
            left join app_user u on u.id = d.updated_by""";
    private static final RowMapper<ModuleDraft> ROW = (rs, n) -> new ModuleDraft(rs.getString("module_id"),
            rs.getString("source"), rs.getString("source_es"), rs.getInt("version"), rs.getString("updated_by_name"),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    JdbcDraftStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ModuleDraft> find(String moduleId) {
        return jdbc.query(SELECT + " where d.module_id = ?", ROW, moduleId).stream().findFirst();
    }

    @Override
    public List<ModuleDraft> all() {
        return jdbc.query(SELECT + " order by d.module_id", ROW);
    }

    @Override
    public boolean create(String moduleId, String source, String sourceEs, long userId, Instant at) {
        try {
            return jdbc.update("""
                    insert into module_draft (module_id, source, source_es, version, updated_by, updated_at)
                    values (?, ?, ?, 1, ?, ?)""", moduleId, source, sourceEs, userId, Timestamp.from(at)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean save(String moduleId, int expected, String source, String sourceEs, long userId, Instant at) {
        return jdbc.update("""
                update module_draft set source = ?, source_es = ?, version = version + 1, updated_by = ?, updated_at = ?
                where module_id = ? and version = ?""", source, sourceEs, userId, Timestamp.from(at), moduleId,
                expected) == 1;
    }
}
