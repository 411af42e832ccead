package com.empathycoach.data.authoring;

import com.empathycoach.core.authoring.PublicationStore;
import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.lesson.RevisionStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcPublicationStore implements PublicationStore {

    private final JdbcTemplate jdbc;
    private final ContentStore content;

    JdbcPublicationStore(JdbcTemplate jdbc, ContentStore content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    @Override
    public int publish(String moduleId, int declaredVersion, String source, String sourceEs, long userId, Instant at) {
        StoredRevision kept = content.saveIfNew(moduleId, declaredVersion, RevisionStore.checksum(source), source);
        if (sourceEs != null && !sourceEs.isBlank()) {
            jdbc.update("""
                    insert into content_module_translation (module_id, revision, language, source) values (?, ?, 'es', ?)
                    on duplicate key update source = values(source)""", moduleId, kept.revision(), sourceEs);
        }
        pin(moduleId, kept.revision(), userId, at);
        return kept.revision();
    }

    @Override
    public void republish(String moduleId, int revision, long userId, Instant at) {
        pin(moduleId, revision, userId, at);
    }

    private void pin(String moduleId, int revision, long userId, Instant at) {
        jdbc.update("""
                insert into content_module_pin (module_id, revision) values (?, ?)
                on duplicate key update revision = values(revision)""", moduleId, revision);
        jdbc.update("insert into content_module_publication (module_id, revision, published_by, published_at) "
                + "values (?, ?, ?, ?)", moduleId, revision, userId, Timestamp.from(at));
    }

    @Override
    public List<Revision> revisions(String moduleId) {
        Integer current = content.latestRevisions().get(moduleId);
        return jdbc.query("""
                select r.revision, r.created_at, p.published_at, coalesce(u.display_name, case when p.id is null then null
                    else 'Integration API' end) published_by
                from content_module_revision r
                left join content_module_publication p on p.id = (select max(id) from content_module_publication x
                    where x.module_id = r.module_id and x.revision = r.revision)
                left join app_user u on u.id = p.published_by
                where r.module_id = ? order by r.revision desc""", (rs, n) -> new Revision(rs.getInt("revision"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("published_by"),
                rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
                current != null && current == rs.getInt("revision")), moduleId);
    }

    @Override
    public Optional<String[]> currentSource(String moduleId) {
        return content.latest(moduleId).map(r -> new String[] {r.source(), translation(moduleId, r.revision())});
    }

    /** The Spanish published with the revision; for a built-in module, its file in the Spanish content folder. */
    private String translation(String moduleId, int revision) {
        List<String> stored = jdbc.queryForList("""
                select source from content_module_translation where module_id = ? and revision = ? and language = 'es'""",
                String.class, moduleId, revision);
        return stored.isEmpty() ? "" : stored.getFirst();
    }

}
