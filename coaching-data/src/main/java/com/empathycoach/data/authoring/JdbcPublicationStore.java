package com.empathycoach.data.authoring;

import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.PublicationStore;
import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.lesson.RevisionStore;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class JdbcPublicationStore implements PublicationStore {

    private final JdbcTemplate jdbc;
    private final ContentStore modules;
    private final ScenarioStore scenarios;

    JdbcPublicationStore(JdbcTemplate jdbc, ContentStore modules, ScenarioStore scenarios) {
        this.jdbc = jdbc;
        this.modules = modules;
        this.scenarios = scenarios;
    }

    private RevisionStore store(ContentKind kind) {
        return kind == ContentKind.MODULE ? modules : scenarios;
    }

    @Override
    public int publish(ContentKind kind, String id, int declaredVersion, String source, String sourceEs, long userId,
                       Instant at) {
        AuthoringTables t = AuthoringTables.of(kind);
        StoredRevision kept = store(kind).saveIfNew(id, declaredVersion, RevisionStore.checksum(source), source);
        if (sourceEs != null && !sourceEs.isBlank()) {
            jdbc.update("insert into " + t.translations() + " (" + t.idColumn() + ", revision, language, source) "
                    + "values (?, ?, 'es', ?) on duplicate key update source = values(source)", id, kept.revision(), sourceEs);
        }
        pin(t, id, kept.revision(), userId, at);
        return kept.revision();
    }

    @Override
    public void republish(ContentKind kind, String id, int revision, long userId, Instant at) {
        pin(AuthoringTables.of(kind), id, revision, userId, at);
    }

    private void pin(AuthoringTables t, String id, int revision, long userId, Instant at) {
        jdbc.update("insert into " + t.pins() + " (" + t.idColumn() + ", revision) values (?, ?) "
                + "on duplicate key update revision = values(revision)", id, revision);
        jdbc.update("insert into " + t.publications() + " (" + t.idColumn() + ", revision, published_by, published_at) "
                + "values (?, ?, ?, ?)", id, revision, userId, Timestamp.from(at));
    }

    @Override
    public List<Revision> revisions(ContentKind kind, String id) {
        AuthoringTables t = AuthoringTables.of(kind);
        Integer current = store(kind).latestRevisions().get(id);
        String column = t.idColumn();
        return jdbc.query("select r.revision, r.created_at, p.published_at, coalesce(u.display_name, case when p.id is "
                + "null then null else 'Integration API' end) published_by from " + t.revisions() + " r left join "
                + t.publications() + " p on p.id = (select max(id) from " + t.publications() + " x where x." + column
                + " = r." + column + " and x.revision = r.revision) left join app_user u on u.id = p.published_by where r."
                + column + " = ? order by r.revision desc", (rs, n) -> new Revision(rs.getInt("revision"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("published_by"),
                rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant(),
                current != null && current == rs.getInt("revision")), id);
    }

    @Override
    public Optional<String[]> currentSource(ContentKind kind, String id) {
        AuthoringTables t = AuthoringTables.of(kind);
        return store(kind).latest(id).map(r -> new String[] {r.source(), jdbc.queryForList("select source from "
                + t.translations() + " where " + t.idColumn() + " = ? and revision = ? and language = 'es'", String.class,
                id, r.revision()).stream().findFirst().orElse("")});
    }
}
