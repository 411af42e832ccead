package com.empathycoach.core.reporting;

import com.empathycoach.core.shared.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The filter as a file-name part, for example {@code team-3_module-tone_2026-11-01_to_2026-11-30}. */
    public String slug() {
        List<String> parts = new ArrayList<>();
        if (teamId != null) {
            parts.add("team-" + teamId);
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

    /** The filter as an audit line. */
    public String describe() {
        return "team=" + (teamId == null ? "all" : teamId) + " module=" + (moduleId == null ? "all" : moduleId)
                + " from=" + (from == null ? "-" : from) + " to=" + (to == null ? "-" : to);
    }
}
