package com.empathycoach.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates read one way per language: every view formats them through {@link Formats}, none builds its own format. */
class FormatsTest {

    @Test
    void noViewBuildsItsOwnDateFormat() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            List<Path> offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("shared", "Formats.java")))
                    // The printed certificate spells its dates out in full, on purpose.
                    .filter(p -> !p.endsWith(Path.of("reporting", "CertificatePdf.java")))
                    .filter(p -> read(p).contains("DateTimeFormatter.of")).toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void monthsReadAsEachLanguageWritesThem() {
        java.time.YearMonth december = java.time.YearMonth.of(2026, 12);
        org.assertj.core.api.Assertions.assertThat(Formats.month(december, java.util.Locale.ENGLISH)).isEqualTo("December 2026");
        org.assertj.core.api.Assertions.assertThat(Formats.month(december, java.util.Locale.forLanguageTag("es")))
                .isEqualTo("diciembre de 2026");
    }

    @Test
    void oneDateFormatPerLanguage() {
        var day = java.time.LocalDate.of(2026, 12, 5);
        assertThat(Formats.date(Locale.UK).format(day)).isEqualTo("5 Dec 2026");
        assertThat(Formats.date(Locale.forLanguageTag("es")).format(day)).isEqualTo("5 dic 2026");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
