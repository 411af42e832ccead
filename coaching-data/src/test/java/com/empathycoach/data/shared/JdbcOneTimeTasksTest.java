package com.empathycoach.data.shared;

import com.empathycoach.core.shared.OneTimeTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcOneTimeTasksTest {

    @Autowired
    OneTimeTasks tasks;

    @Autowired
    TransactionTemplate transaction;

    private final String task = "repair-" + UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aTaskIsClaimedTheFirstTimeOnly() {
        assertThat(tasks.claim(task, now)).isTrue();
        assertThat(tasks.claim(task, now.plusSeconds(60))).isFalse();
        assertThat(tasks.claim(task + "-other", now)).as("another task").isTrue();
    }

    @Test
    void aRolledBackClaimLeavesTheTaskToDo() {
        Boolean claimed = transaction.execute(status -> {
            boolean first = tasks.claim(task, now);
            status.setRollbackOnly();
            return first;
        });
        assertThat(claimed).isTrue();
        assertThat(claimInTransaction()).as("after the rollback").isTrue();
        assertThat(claimInTransaction()).as("after the commit").isFalse();
    }

    @Test
    void ofManyNodesStartingAtOnceOneDoesTheTask() throws Exception {
        int nodes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            claims.add(pool.submit(() -> {
                go.await();
                return claimInTransaction();
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).isEqualTo(1);
    }

    @Test
    void aSecondNodeWaitsForTheFirstToFinishAndTakesOverIfItFails() throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch firstMayFail = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
            assertThat(tasks.claim(task, now)).isTrue();
            firstClaimed.countDown();
            await(firstMayFail);
            status.setRollbackOnly();
        }));
        firstClaimed.await();
        Future<Boolean> second = pool.submit(this::claimInTransaction);
        Thread.sleep(300);
        assertThat(second).as("waits while the first holds the claim").isNotDone();
        firstMayFail.countDown();
        first.get();
        assertThat(second.get()).isTrue();
        pool.shutdown();
    }

    private boolean claimInTransaction() {
        return Boolean.TRUE.equals(transaction.execute(status -> tasks.claim(task, now)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
