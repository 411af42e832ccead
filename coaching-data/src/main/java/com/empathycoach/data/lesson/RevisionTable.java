package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table of content revisions keyed by (id, revision) with a unique checksum per id. Modules and
 * scenarios each have one; the table and id column names are fixed constants, never user input.
 */
public final class RevisionTable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String idColumn;
    private final RowMapper<StoredRevision> row;

    public RevisionTable(JdbcTemplate jdbc, String table, String idColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.idColumn = idColumn;
        this.row = (rs, i) -> new StoredRevision(rs.getString(idColumn), rs.getInt("revision"),
                rs.getInt("declared_version"), rs.getString("checksum"), rs.getString("source"));
    }

    public Optional<StoredRevision> latest(String id) {
        return jdbc.query("select * from " + table + " where " + idColumn + " = ? order by revision desc limit 1",
                row, id).stream().findFirst();
    }

    public Map<String, Integer> latestRevisions() {
        Map<String, Integer> latest = new LinkedHashMap<>();
        jdbc.query("select " + idColumn + ", max(revision) from " + table + " group by " + idColumn,
                rs -> {
                    latest.put(rs.getString(1), rs.getInt(2));
                });
        return latest;
    }

    public Optional<StoredRevision> revision(String id, int revision) {
        return jdbc.query("select * from " + table + " where " + idColumn + " = ? and revision = ?",
                row, id, revision).stream().findFirst();
    }

    public StoredRevision saveIfNew(String id, int declaredVersion, String checksum, String source) {
        Optional<StoredRevision> same = withChecksum(id, checksum);
        if (same.isPresent()) {
            return same.get();
        }
        // A second node syncing the same change at once hits the unique keys; the insert then does nothing.
        jdbc.update("insert ignore into " + table + " (" + idColumn + ", revision, declared_version, checksum, source) "
                + "select ?, coalesce(max(revision), 0) + 1, ?, ?, ? from " + table + " where " + idColumn + " = ?",
                id, declaredVersion, checksum, source, id);
        return withChecksum(id, checksum).orElseThrow();
    }

    private Optional<StoredRevision> withChecksum(String id, String checksum) {
        return jdbc.query("select * from " + table + " where " + idColumn + " = ? and checksum = ?", row, id, checksum)
                .stream().findFirst();
    }
}
