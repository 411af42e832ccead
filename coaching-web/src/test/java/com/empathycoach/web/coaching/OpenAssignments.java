package com.empathycoach.web.coaching;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tests' database outlives a test, and an agent who has an item open is not given it again; tests that assign
 * to the demo teams start from no open assignments there.
 */
public final class OpenAssignments {

    private OpenAssignments() {
    }

    /** Cancels every open assignment of the demo teams (their progress stays, as a coach's cancel leaves it). */
    public static void cancelInDemoTeams(JdbcTemplate jdbc) {
        jdbc.update("""
                update assignment set status = 'CANCELLED'
                where status = 'ACTIVE' and team_id in (select id from team where name in ('Harbour Team', 'Summit Team'))""");
    }
}
