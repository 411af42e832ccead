package com.empathycoach.core.interaction;

import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted transcript: each turn starts with "Customer:" or "Agent:" (or "Cliente:" / "Agente:"); lines
 * without a speaker continue the turn before them.
 */
public final class Transcripts {

    private static final Pattern SPEAKER = Pattern.compile("^\\s*(customer|agent|cliente|agente)\\s*:\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Transcripts() {
    }

    public static List<NewTurn> parse(String transcript) {
        List<String[]> turns = new ArrayList<>();
        for (String line : (transcript == null ? "" : transcript).split("\\R")) {
            Matcher m = SPEAKER.matcher(line);
            if (m.matches()) {
                String who = m.group(1).toLowerCase(Locale.ROOT);
                turns.add(new String[] {who.startsWith("c") ? "CUSTOMER" : "AGENT", m.group(2)});
            } else if (!line.isBlank()) {
                if (turns.isEmpty()) {
                    throw new InvalidInputException("transcript", "interaction.transcriptStart");
                }
                String[] last = turns.getLast();
                last[1] = last[1].isEmpty() ? line.strip() : last[1] + "\n" + line.strip();
            }
        }
        if (turns.isEmpty()) {
            throw new InvalidInputException("transcript", "interaction.transcriptEmpty");
        }
        return turns.stream().map(t -> new NewTurn(t[0], t[1])).toList();
    }
}
