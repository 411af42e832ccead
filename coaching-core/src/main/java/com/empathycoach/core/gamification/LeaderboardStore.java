package com.empathycoach.core.gamification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: leaderboards read from the maintained aggregate table, never from the ledger. Only people who
 * have not opted out appear; ranks follow {@link Board#ORDER}.
 */
public interface LeaderboardStore {

    enum Scope { TEAM, ORGANISATION }

    enum Period { WEEK, ALL_TIME }

    /** Which board: a team's or everyone's, this week's (starting {@code weekStart}) or all time. */
    record Board(Scope scope, Long teamId, Period period, LocalDate weekStart) {
        /** The documented tie rule. */
        public static final String ORDER = "more XP first; equal XP: whoever reached it first; then the earlier account";

        /**
         * The boards a person stands on, with their XP on each: only if they have not opted out, only boards where
         * they have XP, and team boards only while they are in a team.
         */
        public static List<Place> placesOf(Long team, boolean listed, long total, LocalDate weekStart, long weekXp) {
            if (!listed) {
                return List.of();
            }
            List<Place> places = new java.util.ArrayList<>();
            places.add(new Place(new Board(Scope.ORGANISATION, null, Period.ALL_TIME, null), total));
            places.add(new Place(new Board(Scope.ORGANISATION, null, Period.WEEK, weekStart), weekXp));
            if (team != null) {
                places.add(new Place(new Board(Scope.TEAM, team, Period.ALL_TIME, null), total));
                places.add(new Place(new Board(Scope.TEAM, team, Period.WEEK, weekStart), weekXp));
            }
            return places.stream().filter(p -> p.xp() > 0).toList();
        }
    }

    /** A person's place on one board: the board and the XP they have on it. */
    record Place(Board board, long xp) {
    }

    record Entry(long rank, long userId, String displayName, long xp) {
    }

    record Standing(long xp, long rank) {
    }

    record TeamEntry(long rank, long teamId, String name, int members, long averageXp) {
    }

    /**
     * One viewer's board in one go: their team as an agent, whether they are listed, whether boards are anonymous,
     * the top {@code top} entries, their standing, and up to {@code around} entries either side of them when they
     * are below the top. A team board for someone without a team is empty.
     */
    record BoardView(Optional<Long> team, boolean shown, boolean anonymous, List<Entry> top, Optional<Standing> me,
                     List<Entry> around) {
    }

    BoardView boardView(long userId, Scope scope, Period period, LocalDate weekStart, int top, int around);

    List<Entry> top(Board board, int limit);

    /** Entries from rank {@code fromRank} (1-based), at most {@code count}. */
    List<Entry> window(Board board, long fromRank, int count);

    /**
     * Up to {@code count} listed entries directly above and below the user's place, found by position in
     * the board's index rather than by counting rows from the top.
     */
    List<Entry> around(Board board, long userId, Standing standing, int count);

    /**
     * The user's XP on the board and their rank among those shown: their place if they are listed, or
     * the place they would have if they had not opted out. Empty when they have no XP on this board.
     */
    Optional<Standing> standing(Board board, long userId);

    /** The user's team as an agent, if any. */
    Optional<Long> teamOf(long userId);

    boolean isPublic(long userId);

    void setPublic(long userId, boolean shown);

    /** Teams by average XP per agent (agents with no XP count as 0). */
    List<TeamEntry> teams(Period period, LocalDate weekStart);

    boolean anonymousBoards();

    void setAnonymousBoards(boolean anonymous);
}
