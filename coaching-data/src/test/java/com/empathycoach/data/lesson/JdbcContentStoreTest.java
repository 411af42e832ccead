package com.empathycoach.data.lesson;

import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcContentStoreTest {

    @Autowired
    ContentStore content;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String moduleId = "module-" + tag;

    @Test
    void theLatestRevisionReadsBackWithEveryField() {
        content.saveIfNew(moduleId, 1, "sum-a-" + tag, "first source");
        StoredRevision saved = content.saveIfNew(moduleId, 3, "sum-b-" + tag, "second source \u2013 with \u00e9mojis \uD83D\uDE00");

        assertThat(content.latest(moduleId)).contains(saved);
        assertThat(saved).isEqualTo(new StoredRevision(moduleId, 2, 3, "sum-b-" + tag,
                "second source \u2013 with \u00e9mojis \uD83D\uDE00"));
        assertThat(content.revision(moduleId, 1).orElseThrow().declaredVersion()).isEqualTo(1);
    }

    @Test
    void anUnknownModuleOrRevisionIsEmpty() {
        assertThat(content.latest("no-such-module-" + tag)).isEmpty();
        assertThat(content.revision("no-such-module-" + tag, 1)).isEmpty();
        content.saveIfNew(moduleId, 1, "sum-a-" + tag, "source");
        assertThat(content.revision(moduleId, 2)).isEmpty();
        assertThat(content.latestRevisions()).doesNotContainKey("no-such-module-" + tag);
    }

    @Test
    void goingBackToEarlierContentReusesItsRevisionInsteadOfAddingOne() {
        content.saveIfNew(moduleId, 1, "sum-a-" + tag, "version a");
        content.saveIfNew(moduleId, 2, "sum-b-" + tag, "version b");

        StoredRevision back = content.saveIfNew(moduleId, 1, "sum-a-" + tag, "version a");

        assertThat(back.revision()).isEqualTo(1);
        assertThat(content.latest(moduleId).orElseThrow().revision()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from content_module_revision where module_id = ?",
                Integer.class, moduleId)).isEqualTo(2);
    }

    @Test
    void revisionsAreNumberedPerModule() {
        String other = "other-" + tag;
        content.saveIfNew(moduleId, 1, "sum-a-" + tag, "a");
        content.saveIfNew(moduleId, 1, "sum-b-" + tag, "b");
        // The same checksum under another module is another module's first revision.
        StoredRevision first = content.saveIfNew(other, 1, "sum-a-" + tag, "a");

        assertThat(first.revision()).isEqualTo(1);
        assertThat(content.latestRevisions()).containsEntry(moduleId, 2).containsEntry(other, 1);
    }

    @Test
    void nodesSyncingTheSameChangeAtOnceKeepOneRevision() throws Exception {
        content.saveIfNew(moduleId, 1, "sum-a-" + tag, "a");
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<StoredRevision>> saved = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            saved.add(pool.submit(() -> {
                go.await();
                // Each node syncs its content files in one transaction.
                return transaction.execute(status -> content.saveIfNew(moduleId, 2, "sum-b-" + tag, "b"));
            }));
        }
        go.countDown();
        for (Future<StoredRevision> revision : saved) {
            assertThat(revision.get().revision()).isEqualTo(2);
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from content_module_revision where module_id = ?",
                Integer.class, moduleId)).isEqualTo(2);
    }
}
