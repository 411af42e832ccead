package com.empathycoach.content.lesson;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our content is written in our own words: no run of eight consecutive words from a source article
 * may appear in it. The articles live outside the repository (../shared/seeds); without them the
 * check is skipped with a message.
 */
class SeedCopyTest {

    private static final int RUN = 8;
    private static final Pattern WORD = Pattern.compile("[a-z0-9']+");

    @Test
    void contentSharesNoEightWordRunWithAnySeed() throws IOException {
        Path seeds = findSeeds();
        Assumptions.assumeTrue(seeds != null, "Source articles (../shared/seeds) not found: copy check skipped");
        Set<String> seedRuns = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                seedRuns.addAll(runs(Files.readString(file)));
            }
        }
        assertThat(seedRuns).isNotEmpty();
        List<String> copied = new ArrayList<>();
        for (String pattern : List.of(ContentFiles.MODULES, "classpath*:content/scenarios/*.yaml",
                "classpath*:content/modules-es/*.yaml", "classpath*:content/scenarios-es/*.yaml")) {
            for (ContentFiles.SourceFile file : ContentFiles.read(pattern)) {
                runs(file.source()).stream().filter(seedRuns::contains)
                        .forEach(run -> copied.add(file.name() + ": \"" + run + "\""));
            }
        }
        assertThat(copied).as("runs of %d words copied from a seed article", RUN).isEmpty();
    }

    @Test
    void detectsACopiedRun() {
        Set<String> seed = runs("It is something as simple but important as the ability to listen well");
        assertThat(runs("Empathy is something as simple but important as the ability to care"))
                .anyMatch(seed::contains);
        assertThat(runs("Empathy is a simple and important skill you can practise every day"))
                .noneMatch(seed::contains);
    }

    static Set<String> runs(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    private static Path findSeeds() {
        String configured = System.getProperty("seeds.dir");
        List<Path> candidates = new ArrayList<>();
        if (configured != null) {
            candidates.add(Path.of(configured));
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            candidates.add(dir.resolve("shared").resolve("seeds"));
            candidates.add(dir.resolve("../shared/seeds").normalize());
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }
}
