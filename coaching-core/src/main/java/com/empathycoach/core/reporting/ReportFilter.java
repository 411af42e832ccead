package com.empathycoach.core.reporting;

import com.empathycoach.core.shared.InvalidInputException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What HR looks at: optionally one team, one module (its lessons included) and a range of assignment
 * dates, both ends inclusive. Everything unset means everything.
 */
public record ReportFilter(Long teamId, String moduleId, LocalDate from, LocalDate to) {

    public ReportFilter {
        moduleId = moduleId == null || moduleId.isBlank() ? null : moduleId;
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "reporting.filter.rangeBackwards");
        }
    }

    public static ReportFilter everything() {
        return new ReportFilter(null, null, null, null);
    }

    /**
     * The filter as a file-name part, with the team by its name, for example
     * {@code team-harbour-team_module-tone_from-2026-11-01_to-2026-11-30}.
     */
    public String slug(String teamName) {
        List<String> parts = new ArrayList<>();
        if (teamId != null) {
            String name = Normalizer.normalize(teamName == null ? "" : teamName, Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("(^-+|-+$)", "");
            parts.add("team-" + (name.isEmpty() ? String.valueOf(teamId) : name));
        }
        if (moduleId != null) {
            parts.add("module-" + moduleId.replaceAll("[^A-Za-z0-9-]", "-"));
        }
        if (from != null) {
            parts.add("from-" + from);
        }
        if (to != null) {
            parts.add("to-" + to);
        }
        return parts.isEmpty() ? "all" : String.join("_", parts);
    }

    /** The filter as an audit line, with the team by its name. */
    public String describe(String teamName) {
        return "team=" + (teamId == null ? "all" : "\"" + teamName + "\"") + " module=" + (moduleId == null ? "all" : moduleId)
                + " from=" + (from == null ? "-" : from) + " to=" + (to == null ? "-" : to);
    }
}
