package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table of content revisions keyed by (id, revision) with a unique checksum per id, and beside it the revision an
 * author chose (a pin, else the newest is current) and the translations published with a revision. Modules and
 * scenarios each have one set; the table and id column names are fixed constants, never user input.
 */
public final class RevisionTable {

    private final JdbcTemplate jdbc;
    private final String table;
    private final String idColumn;
    private final RowMapper<StoredRevision> row;
    private final String pins;
    private final String translations;

    /** {@code table} is "content_module_revision"; its pins and translations are "content_module_pin" and so on. */
    public RevisionTable(JdbcTemplate jdbc, String table, String idColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.idColumn = idColumn;
        this.pins = table.replace("_revision", "_pin");
        this.translations = table.replace("_revision", "_translation");
        this.row = (rs, i) -> new StoredRevision(rs.getString(idColumn), rs.getInt("revision"),
                rs.getInt("declared_version"), rs.getString("checksum"), rs.getString("source"));
    }

    /** The current revision: the one an author published last, else the newest. */
    public Optional<StoredRevision> latest(String id) {
        return jdbc.query("select r.* from " + table + " r left join " + pins + " p on p." + idColumn + " = r."
                + idColumn + " where r." + idColumn + " = ? and (p.revision is null or p.revision = r.revision) "
                + "order by r.revision desc limit 1", row, id).stream().findFirst();
    }

    /** The current revision number of every id. */
    public Map<String, Integer> latestRevisions() {
        Map<String, Integer> latest = new LinkedHashMap<>();
        jdbc.query("select " + idColumn + ", max(revision) from " + table + " group by " + idColumn,
                rs -> {
                    latest.put(rs.getString(1), rs.getInt(2));
                });
        jdbc.query("select " + idColumn + ", revision from " + pins, rs -> {
            latest.put(rs.getString(1), rs.getInt(2));
        });
        return latest;
    }

    /** The translation published with the current (pinned) revision, as {revision, source}. */
    public Optional<String[]> publishedTranslation(String id, String language) {
        return jdbc.query("select t.revision, t.source from " + translations + " t join " + pins + " p on p." + idColumn
                + " = t." + idColumn + " and p.revision = t.revision where t." + idColumn + " = ? and t.language = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, id, language).stream().findFirst();
    }

    /** A revision read from a file becomes current again over any an author chose. */
    public void unpin(String id) {
        jdbc.update("delete from " + pins + " where " + idColumn + " = ?", id);
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
