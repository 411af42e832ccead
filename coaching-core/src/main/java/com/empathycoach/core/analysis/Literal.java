package com.empathycoach.core.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A literal a rule needs ("sorry", "to hear"), already case-folded, with a number of its own. Every distinct
 * literal of every rule file gets one number when the rules load, so that a reply ({@link Text}) can keep what it
 * found per literal in arrays rather than in maps: the analyzer looks up hundreds of literals in every reply.
 */
record Literal(String text, int id) {

    private static final ConcurrentHashMap<String, Literal> ALL = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The one {@code Literal} for this text. */
    static Literal of(String text) {
        return ALL.computeIfAbsent(text, t -> new Literal(t, NEXT.getAndIncrement()));
    }

    /** How many literals exist so far: every id is below it. */
    static int count() {
        return NEXT.get();
    }
}
