package com.empathycoach.data.shared;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/** Saving an edited entity that carries a {@code @Version}: a change made meanwhile by someone else wins. */
public final class VersionedSave {

    private VersionedSave() {
    }

    /** Saves and flushes {@code entity}; false, with nothing saved, when its row changed since it was read. */
    public static <T> boolean unlessChangedMeanwhile(JpaRepository<T, ?> repository, T entity) {
        try {
            repository.saveAndFlush(entity);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return false;
        }
    }
}
