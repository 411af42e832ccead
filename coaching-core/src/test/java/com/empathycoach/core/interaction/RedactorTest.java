package com.empathycoach.core.interaction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redaction against {@code /interaction/redaction-samples.tsv}: over 100 messages in English and Spanish with card
 * numbers, e-mail addresses and phone numbers in many formats, and look-alikes that must stay (order numbers, dates,
 * amounts, postcodes, IBANs, tracking numbers, numbers that fail the Luhn check).
 */
class RedactorTest {

    @Test
    void everySampleIsRedactedExactlyAsExpected() throws IOException {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        try (InputStream in = RedactorTest.class.getResourceAsStream("/interaction/redaction-samples.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String line : lines) {
                String[] columns = line.split("\t", 2);
                String actual = Redactor.redact(columns[0]);
                if (!actual.equals(columns[1])) {
                    wrong.add(columns[0] + "\n   expected: " + columns[1] + "\n   actual:   " + actual);
                }
                rows++;
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(50);
        assertThat(wrong).as("samples redacted differently from expected").isEmpty();
    }

    @Test
    void theLuhnCheckTellsCardNumbersFromOtherLongNumbers() {
        assertThat(Redactor.luhn("4111111111111111")).isTrue();
        assertThat(Redactor.luhn("4111111111111112")).isFalse();
        assertThat(Redactor.luhn("378282246310005")).isTrue();
        assertThat(Redactor.luhn("411111111111")).as("too short for a card").isFalse();
    }

    @Test
    void nothingToRedactLeavesTheTextAsItIs() {
        assertThat(Redactor.redact("Thanks, I'll call you at 3pm about order 4821.")).isEqualTo(
                "Thanks, I'll call you at 3pm about order 4821.");
        assertThat(Redactor.redact("")).isEmpty();
        assertThat(Redactor.redact(null)).isNull();
    }
}
