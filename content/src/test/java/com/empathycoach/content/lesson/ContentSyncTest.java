package com.empathycoach.content.lesson;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSyncTest {

    private final MemoryRevisionStore store = new MemoryRevisionStore();
    private final ContentSync sync = new ContentSync(store, MemoryRevisionStore.noTransactions());
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
}
