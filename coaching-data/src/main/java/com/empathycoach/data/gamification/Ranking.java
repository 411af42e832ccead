package com.empathycoach.data.gamification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One leaderboard in memory, in the documented order: more XP first; equal XP: whoever reached it first; then the
 * earlier account. People are grouped by XP value, so a rank is the sizes of the groups above plus the place in
 * one's own group, and the places around someone are found from their own entry, not counted from the top.
 * Not thread-safe: {@link BoardIndex} guards it.
 */
final class Ranking {

    /** A place on a board: XP, when it was reached (microseconds, as stored) and who. */
    record Spot(long xp, long time, long userId) implements Comparable<Spot> {
        private static final Comparator<Spot> ORDER = Comparator.comparingLong((Spot s) -> -s.xp)
                .thenComparingLong(Spot::time).thenComparingLong(Spot::userId);

        @Override
        public int compareTo(Spot other) {
            return ORDER.compare(this, other);
        }
    }

    private final TreeMap<Long, TreeSet<Spot>> byXp = new TreeMap<>(Comparator.reverseOrder());
    private int size;

    void add(Spot spot) {
        if (byXp.computeIfAbsent(spot.xp(), xp -> new TreeSet<>()).add(spot)) {
            size++;
        }
    }

    void remove(Spot spot) {
        TreeSet<Spot> group = byXp.get(spot.xp());
        if (group != null && group.remove(spot)) {
            size--;
            if (group.isEmpty()) {
                byXp.remove(spot.xp());
            }
        }
    }

    int size() {
        return size;
    }

    /** How many listed places come before this spot, whether or not the spot itself is listed. */
    long ahead(Spot spot) {
        long ahead = 0;
        for (TreeSet<Spot> group : byXp.headMap(spot.xp(), false).values()) {
            ahead += group.size();
        }
        TreeSet<Spot> own = byXp.get(spot.xp());
        return own == null ? ahead : ahead + own.headSet(spot, false).size();
    }

    /** Up to {@code count} places from the 0-based position {@code skip}. */
    List<Spot> from(long skip, int count) {
        List<Spot> found = new ArrayList<>(Math.min(count, 64));
        long left = skip;
        for (TreeSet<Spot> group : byXp.values()) {
            if (found.size() >= count) {
                break;
            }
            if (left >= group.size()) {
                left -= group.size();
                continue;
            }
            Iterator<Spot> it = group.iterator();
            for (; left > 0; left--) {
                it.next();
            }
            while (it.hasNext() && found.size() < count) {
                found.add(it.next());
            }
        }
        return found;
    }

    /** Up to {@code count} places directly above the spot, nearest first. */
    List<Spot> above(Spot spot, int count) {
        List<Spot> found = new ArrayList<>(count);
        TreeSet<Spot> own = byXp.get(spot.xp());
        if (own != null) {
            collect(own.headSet(spot, false).descendingSet(), found, count);
        }
        for (TreeSet<Spot> group : byXp.headMap(spot.xp(), false).descendingMap().values()) {
            if (found.size() >= count) {
                break;
            }
            collect(group.descendingSet(), found, count);
        }
        return found;
    }

    /** Up to {@code count} places directly below the spot, nearest first. */
    List<Spot> below(Spot spot, int count) {
        List<Spot> found = new ArrayList<>(count);
        TreeSet<Spot> own = byXp.get(spot.xp());
        if (own != null) {
            collect(own.tailSet(spot, false), found, count);
        }
        for (Map.Entry<Long, TreeSet<Spot>> group : byXp.tailMap(spot.xp(), false).entrySet()) {
            if (found.size() >= count) {
                break;
            }
            collect(group.getValue(), found, count);
        }
        return found;
    }

    private static void collect(NavigableSet<Spot> spots, List<Spot> found, int count) {
        for (Spot s : spots) {
            if (found.size() >= count) {
                return;
            }
            found.add(s);
        }
    }
}
