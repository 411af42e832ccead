package com.empathycoach.core.feedback;

import java.time.Instant;
import java.util.List;

/** Customers' answers about one agent: averages on the 1 to 5 scale and the latest comments. */
public record CustomerSummary(int answers, double overall, double listened, double understood, double wantedToHelp,
                              List<Comment> comments) {

    public record Comment(String text, int overall, Instant at) {
    }

    public CustomerSummary {
        comments = List.copyOf(comments);
    }

    public static CustomerSummary none() {
        return new CustomerSummary(0, 0, 0, 0, 0, List.of());
    }
}
