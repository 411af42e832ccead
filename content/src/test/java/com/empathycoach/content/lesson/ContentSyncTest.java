package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentStore;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSyncTest {

    private final MemoryStore store = new MemoryStore();
    private final ContentSync sync = new ContentSync(store, new TransactionTemplate(new NoTransactions()));
    private final ContentFiles.SourceFile tiny = ModuleParserTest.fixture("valid/01-tiny-module.yaml");

    @Test
    void restartWithUnchangedContentStoresNothingNew() {
        assertThat(sync.sync(List.of(tiny))).isEqualTo(1);
        assertThat(sync.sync(List.of(tiny))).isZero();
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void changedContentBecomesANewRevisionAndTheOldOneStays() {
        sync.sync(List.of(tiny));
        var edited = new ContentFiles.SourceFile(tiny.name(), tiny.source().replace("A tiny module", "A small module"));
        assertThat(sync.sync(List.of(edited))).isEqualTo(1);
        assertThat(store.latest("tiny-module").orElseThrow().revision()).isEqualTo(2);
        assertThat(store.revision("tiny-module", 1).orElseThrow().source()).contains("A tiny module");
        var catalog = new StoredContentCatalog(store);
        assertThat(catalog.current("tiny-module").orElseThrow().content().title()).isEqualTo("A small module");
        assertThat(catalog.revision("tiny-module", 1).orElseThrow().content().title()).isEqualTo("A tiny module");
    }

    private static final class MemoryStore implements ContentStore {
        final List<StoredRevision> rows = new ArrayList<>();

        public Optional<StoredRevision> latest(String moduleId) {
            return rows.stream().filter(r -> r.moduleId().equals(moduleId)).reduce((a, b) -> b);
        }

        public Map<String, Integer> latestRevisions() {
            Map<String, Integer> latest = new HashMap<>();
            rows.forEach(r -> latest.merge(r.moduleId(), r.revision(), Math::max));
            return latest;
        }

        public Optional<StoredRevision> revision(String moduleId, int revision) {
            return rows.stream().filter(r -> r.moduleId().equals(moduleId) && r.revision() == revision).findFirst();
        }

        public StoredRevision saveIfNew(String moduleId, int declaredVersion, String checksum, String source) {
            return rows.stream().filter(r -> r.moduleId().equals(moduleId) && r.checksum().equals(checksum)).findFirst()
                    .orElseGet(() -> {
                        var row = new StoredRevision(moduleId, latest(moduleId).map(StoredRevision::revision).orElse(0) + 1,
                                declaredVersion, checksum, source);
                        rows.add(row);
                        return row;
                    });
        }
    }

    private static final class NoTransactions implements PlatformTransactionManager {
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            return new SimpleTransactionStatus();
        }

        public void commit(TransactionStatus status) {
        }

        public void rollback(TransactionStatus status) {
        }
    }
}
