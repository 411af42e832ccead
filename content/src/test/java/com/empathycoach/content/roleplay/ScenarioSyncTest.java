package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.core.lesson.ContentStore.StoredRevision;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioSyncTest {

    private final MemoryStore store = new MemoryStore();
    private final ScenarioSync sync = new ScenarioSync(store, new TransactionTemplate(new NoTransactions()));
    private final ContentFiles.SourceFile tiny = ContentFiles.read("classpath:fixtures/scenarios/01-tiny-scenario.yaml")
            .getFirst();

    @Test
    void restartWithUnchangedScenariosStoresNothingNew() {
        assertThat(sync.sync(List.of(tiny))).isEqualTo(1);
        assertThat(sync.sync(List.of(tiny))).isZero();
        assertThat(store.rows).hasSize(1);
    }

    @Test
    void anEditBecomesANewRevisionAndPlaysOnTheOldOneKeepTheirText() {
        sync.sync(List.of(tiny));
        var edited = new ContentFiles.SourceFile(tiny.name(), tiny.source().replace("A tiny scenario", "A small scenario"));
        assertThat(sync.sync(List.of(edited))).isEqualTo(1);
        var catalog = new StoredScenarioCatalog(store);
        assertThat(catalog.current("tiny-scenario").orElseThrow().revision()).isEqualTo(2);
        assertThat(catalog.current("tiny-scenario").orElseThrow().scenario().title()).isEqualTo("A small scenario");
        assertThat(catalog.revision("tiny-scenario", 1).orElseThrow().scenario().title()).isEqualTo("A tiny scenario");
        assertThat(catalog.current()).hasSize(1);
    }

    @Test
    void aBrokenScenarioStopsTheSyncAndStoresNothing() {
        var broken = new ContentFiles.SourceFile(tiny.name(), tiny.source().replace("next: happy", "next: nowhere"));
        assertThatThrownBy(() -> sync.sync(List.of(broken))).isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("nowhere");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void everyShippedScenarioSyncs() {
        assertThat(sync.sync(ContentFiles.read(ContentFiles.SCENARIOS))).isGreaterThanOrEqualTo(12);
    }

    private static final class MemoryStore implements ScenarioStore {
        final List<StoredRevision> rows = new ArrayList<>();

        public Optional<StoredRevision> latest(String id) {
            return rows.stream().filter(r -> r.moduleId().equals(id)).reduce((a, b) -> b);
        }

        public Map<String, Integer> latestRevisions() {
            Map<String, Integer> latest = new HashMap<>();
            rows.forEach(r -> latest.merge(r.moduleId(), r.revision(), Math::max));
            return latest;
        }

        public Optional<StoredRevision> revision(String id, int revision) {
            return rows.stream().filter(r -> r.moduleId().equals(id) && r.revision() == revision).findFirst();
        }

        public StoredRevision saveIfNew(String id, int declaredVersion, String checksum, String source) {
            return rows.stream().filter(r -> r.moduleId().equals(id) && r.checksum().equals(checksum)).findFirst()
                    .orElseGet(() -> {
                        var row = new StoredRevision(id, latest(id).map(StoredRevision::revision).orElse(0) + 1,
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
