package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.ContentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.Optional;

@Repository
class JdbcContentStore implements ContentStore {

    private final RevisionTable revisions;
    private final JdbcTemplate jdbc;

    JdbcContentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.revisions = new RevisionTable(jdbc, "content_module_revision", "module_id");
    }

    /** The current revision: the one an author published last, else the newest. */
    @Override
    public Optional<StoredRevision> latest(String moduleId) {
        Integer current = latestRevisions().get(moduleId);
        return current == null ? Optional.empty() : revisions.revision(moduleId, current);
    }

    @Override
    public Map<String, Integer> latestRevisions() {
        Map<String, Integer> latest = revisions.latestRevisions();
        jdbc.query("select module_id, revision from content_module_pin", rs -> {
            latest.put(rs.getString(1), rs.getInt(2));
        });
        return latest;
    }

    @Override
    public Optional<String[]> publishedTranslation(String moduleId, String language) {
        return jdbc.query("""
                select t.revision, t.source from content_module_translation t
                join content_module_pin p on p.module_id = t.module_id and p.revision = t.revision
                where t.module_id = ? and t.language = ?""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                moduleId, language).stream().findFirst();
    }

    @Override
    public void adoptFromFile(String moduleId, int revision) {
        jdbc.update("delete from content_module_pin where module_id = ?", moduleId);
    }

    @Override
    public Optional<StoredRevision> revision(String moduleId, int revision) {
        return revisions.revision(moduleId, revision);
    }

    @Override
    public StoredRevision saveIfNew(String moduleId, int declaredVersion, String checksum, String source) {
        return revisions.saveIfNew(moduleId, declaredVersion, checksum, source);
    }
}
