package com.empathycoach.core.analysis;

/**
 * Rerunnable speed measurement of the analyzer (not a test): median and 95th percentile time for a
 * 2,000-character reply and a short one, after warm-up. Run it with
 * {@code docs/bench/java.sh coaching-core com.empathycoach.core.analysis.AnalyzerBenchmark}.
 * <p>
 * Both replies are first analysed in turn for {@link #WARM_UP_NANOS}, so that the JIT has compiled the rules' paths
 * before timing starts: on two cores a compiler thread still at work takes the measuring thread's core, and the
 * timings would show the compiler rather than the analyzer.
 */
public final class AnalyzerBenchmark {

    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private AnalyzerBenchmark() {
    }

    public static void main(String[] args) {
        EmpathyAnalyzer analyzer = new EmpathyAnalyzer();
        StringBuilder longReply = new StringBuilder();
        while (longReply.length() < 2_000) {
            longReply.append("Hi Dana, I can understand how frustrating it is to wait. I'm sorry we let you down. ")
                    .append("You should have had it by now, it's just a small delay. Could you tell me the ")
                    .append("order number? I'll call you tomorrow at 10am. PLEASE DO NOT reply!! ");
        }
        String shortReply = "I'm sorry about the wait, Dana. I'll call you back by 5pm today.";
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            analyzer.analyze(longReply.substring(0, 2_000));
            analyzer.analyze(shortReply);
        }
        measure(analyzer, "2,000 characters", longReply.substring(0, 2_000));
        measure(analyzer, "short reply", shortReply);
    }

    private static void measure(EmpathyAnalyzer analyzer, String label, String text) {
        for (int i = 0; i < 2_000; i++) {
            analyzer.analyze(text);
        }
        int runs = 5_000;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analyzer.analyze(text);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("%-18s p50 %.3f ms, p95 %.3f ms, p99 %.3f ms (%d runs)%n", label,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs * 99 / 100] / 1e6, runs);
    }
}
