package com.empathycoach.core.reporting;

import java.time.LocalDate;
import java.util.List;

/** HR's view of completion: totals, per team, per module, and per week. */
public record Dashboard(Figures totals, List<Group> byTeam, List<Group> byModule, List<Week> weekly) {

    /** Counts over agent x assigned item; {@code averageScore} over the items with a score. */
    public record Figures(int assigned, int completed, int overdue, Double averageScore) {
        public double completionRate() {
            return assigned == 0 ? 0 : (double) completed / assigned;
        }
    }

    public record Group(String id, String name, Figures figures) {
    }

    /** Items assigned in the week starting on {@code weekStart}, and items completed in it. */
    public record Week(LocalDate weekStart, int assigned, int completed) {
    }

    public Dashboard {
        byTeam = List.copyOf(byTeam);
        byModule = List.copyOf(byModule);
        weekly = List.copyOf(weekly);
    }
}
