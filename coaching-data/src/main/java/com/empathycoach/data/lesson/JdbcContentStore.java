package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.ContentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Map;
import java.util.Optional;

@Repository
class JdbcContentStore implements ContentStore {

    private final RevisionTable revisions;

    JdbcContentStore(JdbcTemplate jdbc) {
        this.revisions = new RevisionTable(jdbc, "content_module_revision", "module_id");
    }

    @Override
    public Optional<StoredRevision> latest(String moduleId) {
        return revisions.latest(moduleId);
    }

    @Override
    public Map<String, Integer> latestRevisions() {
        return revisions.latestRevisions();
    }

    @Override
    public Optional<String[]> publishedTranslation(String moduleId, String language) {
        return revisions.publishedTranslation(moduleId, language);
    }

    @Override
    public void adoptFromFile(String moduleId, int revision) {
        revisions.unpin(moduleId);
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
