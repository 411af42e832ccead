package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.roleplay.ScenarioStore;
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

/** A revision store in memory, with the database's rules, for module and scenario sync tests. */
public final class MemoryRevisionStore implements ContentStore, ScenarioStore {

    public final List<StoredRevision> rows = new ArrayList<>();

    /** Runs the sync's work without a transaction manager. */
    public static TransactionTemplate noTransactions() {
        return new TransactionTemplate(new PlatformTransactionManager() {
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            public void commit(TransactionStatus status) {
            }

            public void rollback(TransactionStatus status) {
            }
        });
    }

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
