package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.ModuleContent;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * At startup, before the app serves anyone: validates every module file (refusing to start on bad
 * content) and stores each module whose text changed as a new revision ({@link RevisionSync}).
 */
@Component
class ContentSync implements SmartInitializingSingleton {

    static final RevisionSync.Kind<ModuleContent> MODULES = new RevisionSync.Kind<>("Lesson", "module",
            new ModuleParser()::parse, ModuleContent::id, ModuleContent::version);

    private final RevisionSync<ModuleContent> sync;

    ContentSync(ContentStore store, TransactionTemplate transaction) {
        this.sync = new RevisionSync<>(MODULES, store, transaction);
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync(ContentFiles.read(ContentFiles.MODULES));
    }

    int sync(List<ContentFiles.SourceFile> files) {
        return sync.sync(files);
    }

    static List<ModuleContent> validate(List<ContentFiles.SourceFile> files) {
        return RevisionSync.validate(MODULES, files).stream().map(RevisionSync.Parsed::content).toList();
    }
}
