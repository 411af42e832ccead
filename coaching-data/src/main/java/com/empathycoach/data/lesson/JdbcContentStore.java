package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.ContentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

@Repository
class JdbcContentStore implements ContentStore {

    private static final RowMapper<StoredRevision> ROW = (rs, i) -> new StoredRevision(rs.getString("module_id"),
            rs.getInt("revision"), rs.getInt("declared_version"), rs.getString("checksum"), rs.getString("source"));

    private final JdbcTemplate jdbc;

    JdbcContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredRevision> latest(String moduleId) {
        return jdbc.query("""
                select * from content_module_revision where module_id = ?
                order by revision desc limit 1""", ROW, moduleId).stream().findFirst();
    }

    @Override
    public Map<String, Integer> latestRevisions() {
        Map<String, Integer> latest = new LinkedHashMap<>();
        jdbc.query("select module_id, max(revision) from content_module_revision group by module_id",
                rs -> {
                    latest.put(rs.getString(1), rs.getInt(2));
                });
        return latest;
    }

    @Override
    public Optional<StoredRevision> revision(String moduleId, int revision) {
        return jdbc.query("select * from content_module_revision where module_id = ? and revision = ?",
                ROW, moduleId, revision).stream().findFirst();
    }

    @Override
    public StoredRevision saveIfNew(String moduleId, int declaredVersion, String checksum, String source) {
        Optional<StoredRevision> same = jdbc.query(
                "select * from content_module_revision where module_id = ? and checksum = ?", ROW, moduleId, checksum)
                .stream().findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        // A second node syncing the same change at once hits the unique keys; the insert then does nothing.
        jdbc.update("""
                insert ignore into content_module_revision (module_id, revision, declared_version, checksum, source)
                select ?, coalesce(max(revision), 0) + 1, ?, ?, ? from content_module_revision where module_id = ?""",
                moduleId, declaredVersion, checksum, source, moduleId);
        return jdbc.query("select * from content_module_revision where module_id = ? and checksum = ?",
                ROW, moduleId, checksum).stream().findFirst().orElseThrow();
    }
}
