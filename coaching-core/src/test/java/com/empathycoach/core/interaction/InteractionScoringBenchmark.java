package com.empathycoach.core.interaction;

import com.empathycoach.core.analysis.EmpathyAnalyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rerunnable speed measurement (not a test): redacts and scores 10,000 interactions of 10 turns each (5 customer,
 * 5 agent, texts drawn from the labelled replies) on as many threads as the machine has cores, the work an import
 * does before storing. Run it with
 * {@code java -cp coaching-core/target/test-classes:coaching-core/target/classes
 * com.empathycoach.core.interaction.InteractionScoringBenchmark}.
 */
public final class InteractionScoringBenchmark {

    private static final int INTERACTIONS = 10_000;
    private static final int TURNS = 10;

    private InteractionScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> replies = replies();
        Random random = new Random(42);
        List<List<String>> interactions = new ArrayList<>();
        for (int i = 0; i < INTERACTIONS; i++) {
            List<String> turns = new ArrayList<>();
            for (int t = 0; t < TURNS; t++) {
                turns.add(t % 2 == 0 ? "My order " + (10_000 + i) + " has not arrived, call me on 07700 900" + (100 + t)
                        : replies.get(random.nextInt(replies.size())));
            }
            interactions.add(turns);
        }
        EmpathyAnalyzer analyzer = new EmpathyAnalyzer();
        int threads = Runtime.getRuntime().availableProcessors();
        for (int round = 1; round <= 3; round++) {
            AtomicLong findings = new AtomicLong();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<?>> work = new ArrayList<>();
                for (int part = 0; part < threads; part++) {
                    int from = part * INTERACTIONS / threads;
                    int to = (part + 1) * INTERACTIONS / threads;
                    work.add(pool.submit(() -> {
                        for (List<String> turns : interactions.subList(from, to)) {
                            for (int t = 0; t < turns.size(); t++) {
                                String text = Redactor.redact(turns.get(t));
                                if (t % 2 == 1) {
                                    findings.addAndGet(analyzer.analyze(text).findings().size());
                                }
                            }
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            }
            System.out.printf("round %d: %,d interactions x %d turns redacted and scored in %.2f s on %d threads "
                    + "(%,d findings)%n", round, INTERACTIONS, TURNS, (System.nanoTime() - start) / 1e9, threads, findings.get());
        }
    }

    private static List<String> replies() throws IOException {
        try (InputStream in = InteractionScoringBenchmark.class.getResourceAsStream("/analyzer/labelled-dev.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 4)[3]).toList();
        }
    }
}
