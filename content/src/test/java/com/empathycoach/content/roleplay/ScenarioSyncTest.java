package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.content.lesson.MemoryRevisionStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioSyncTest {

    private final MemoryRevisionStore store = new MemoryRevisionStore();
    private final ScenarioSync sync = new ScenarioSync(store, MemoryRevisionStore.noTransactions());
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
}
