package com.empathycoach.core.gamification;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Streak days in the learner's time zone (docs/XP-RULES.md, "Streaks"): which local day an activity counts
 * for, and what a stored streak is worth on a given day. Counting the days in a row is the store's (see the
 * data module's StreakDaysProperties); here the service must hand it the right local day.
 *
 * <p>Instants are drawn from 2012 to 2037, every zone the JDK knows included. Earlier, some zones skipped a
 * whole calendar day when they moved across the date line (Samoa on 30 December 2011), which no rule about
 * consecutive dates could bridge.
 */
class StreakProperties {

    private static final Instant FROM = Instant.parse("2012-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2037-12-31T00:00:00Z");
    private static final List<ZoneId> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().map(ZoneId::of).toList();
    private static final int EXAMPLES = 1_000;

    private static Gen<ZoneId> zones() {
        return Generate.pick(ZONES);
    }

    /** Zones that change their offset, mostly for summer time; where most of the trouble is. */
    private static Gen<ZoneId> zonesWithTransitions() {
        return Generate.pick(ZONES.stream().filter(z -> z.getRules().nextTransition(FROM) != null).toList());
    }

    private static Gen<Instant> instants() {
        return longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
    }

    /** The service over a store that only remembers which days it was told of; the learner lives in {@code zone}. */
    private static final class DayRecorder {
        final List<LocalDate> days = new ArrayList<>();
        final AwardFacade service;

        DayRecorder(ZoneId zone, String organisationZone) {
            GamificationStore store = (GamificationStore) Proxy.newProxyInstance(
                    GamificationStore.class.getClassLoader(), new Class<?>[] {GamificationStore.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "zoneOf" -> zone;
                        case "recordActiveDay" -> {
                            days.add((LocalDate) args[1]);
                            yield new Streak(1, 1, (LocalDate) args[1]);
                        }
                        case "raiseTo" -> args[2];
                        case "counters" -> Map.of();
                        case "earn" -> false;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            service = new AwardFacade(store, organisationZone);
        }

        DayRecorder(ZoneId zone) {
            this(zone, "UTC");
        }

        LocalDate dayOf(Instant at) {
            service.activeDay(42, at);
            return days.getLast();
        }
    }

    @Test
    void anActivityCountsForTheLocalDayThatContainsIt() {
        qt().withExamples(EXAMPLES).forAll(zones(), instants()).checkAssert((zone, at) -> {
            LocalDate day = new DayRecorder(zone).dayOf(at);
            assertThat(day.atStartOfDay(zone).toInstant()).isBeforeOrEqualTo(at);
            assertThat(day.plusDays(1).atStartOfDay(zone).toInstant()).isAfter(at);
        });
    }

    @Test
    void oneInstantCountsForEachZonesOwnLocalDay() {
        qt().withExamples(EXAMPLES).forAll(zones(), zones(), instants())
                .checkAssert(StreakProperties::oneInstantCountsForEachZonesOwnLocalDay);
    }

    private static void oneInstantCountsForEachZonesOwnLocalDay(ZoneId east, ZoneId west, Instant at) {
        int eastOffset = east.getRules().getOffset(at).getTotalSeconds();
        int westOffset = west.getRules().getOffset(at).getTotalSeconds();
        if (eastOffset < westOffset) {
            ZoneId swap = east;
            east = west;
            west = swap;
        }
        LocalDate eastDay = new DayRecorder(east).dayOf(at);
        LocalDate westDay = new DayRecorder(west).dayOf(at);
        assertThat(eastDay).isEqualTo(at.atZone(east).toLocalDate());
        assertThat(westDay).isEqualTo(at.atZone(west).toLocalDate());
        // Further east is never an earlier day, and never more days ahead than the offsets are apart.
        long ahead = ChronoUnit.DAYS.between(westDay, eastDay);
        long offsetsApart = Math.abs(eastOffset - westOffset);
        assertThat(ahead).isBetween(0L, (offsetsApart + 86_399) / 86_400);
    }

    /** A start day a few days before one of the zone's offset changes, and a learner's wall-clock times. */
    record Run(ZoneId zone, LocalDate start, List<LocalTime> times) {
    }

    private static Gen<Run> runsAcrossATransition() {
        Gen<LocalTime> time = Generate.oneOf(
                // Around midnight and the usual switch hours, where a day is shortest or longest.
                Generate.pick(List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 30), LocalTime.of(1, 59), LocalTime.of(2, 0),
                        LocalTime.of(2, 30), LocalTime.of(3, 0), LocalTime.of(23, 0), LocalTime.of(23, 59, 59))),
                integers().between(0, 86_399).map(LocalTime::ofSecondOfDay));
        return zonesWithTransitions().zip(instants(), integers().between(0, 5), lists().of(time).ofSizeBetween(2, 14),
                (zone, from, before, times) -> {
                    ZoneOffsetTransition next = zone.getRules().nextTransition(from);
                    Instant pivot = next == null ? from : next.getInstant();
                    return new Run(zone, pivot.atZone(zone).toLocalDate().minusDays(before), times);
                });
    }

    @Test
    void oneActivityOnEachLocalDayCountsForConsecutiveDaysAcrossOffsetChanges() {
        qt().withExamples(EXAMPLES).forAll(runsAcrossATransition())
                .checkAssert(StreakProperties::oneActivityOnEachLocalDayCountsForConsecutiveDaysAcrossOffsetChanges);
    }

    private static void oneActivityOnEachLocalDayCountsForConsecutiveDaysAcrossOffsetChanges(Run run) {
        DayRecorder recorder = new DayRecorder(run.zone());
        for (int i = 0; i < run.times().size(); i++) {
            // A wall-clock time the change skips resolves to just after it, as a clock on the wall would show.
            LocalDate day = run.start().plusDays(i);
            ZonedDateTime at = ZonedDateTime.of(day, run.times().get(i), run.zone());
            if (!at.toLocalDate().equals(day)) {
                // Some changes skip the end of the day itself (Nuuk's spring change goes from 23:00 straight to
                // midnight since 2024): that time is never on the wall clock that day, so the activity is in the
                // day's last second instead.
                at = day.plusDays(1).atStartOfDay(run.zone()).minusSeconds(1);
            }
            recorder.dayOf(at.toInstant());
        }
        for (int i = 0; i < recorder.days.size(); i++) {
            assertThat(recorder.days.get(i)).as("day %d of the run", i).isEqualTo(run.start().plusDays(i));
        }
    }

    @Test
    void everyActivityOfOneLocalDayCountsForThatDayEvenWhenTheDayIsLongOrShort() {
        qt().withExamples(EXAMPLES).forAll(runsAcrossATransition(), integers().between(0, 5))
                .checkAssert(StreakProperties::everyActivityOfOneLocalDayCountsForThatDayEvenWhenTheDayIsLongOrShort);
    }

    private static void everyActivityOfOneLocalDayCountsForThatDayEvenWhenTheDayIsLongOrShort(Run run, int dayIndex) {
        LocalDate day = run.start().plusDays(dayIndex);
        DayRecorder recorder = new DayRecorder(run.zone());
        Instant start = day.atStartOfDay(run.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(run.zone()).toInstant();
        // Every quarter of an hour of the local day, however many hours it has.
        for (Instant at = start; at.isBefore(end); at = at.plus(Duration.ofMinutes(15))) {
            assertThat(recorder.dayOf(at)).isEqualTo(day);
        }
        assertThat(recorder.dayOf(end)).isEqualTo(day.plusDays(1));
        assertThat(recorder.dayOf(start.minusNanos(1_000))).isEqualTo(day.minusDays(1));
    }

    @Test
    void weeklyBoardsStartOnTheMondayOfTheOrganisationsWeek() {
        qt().withExamples(EXAMPLES).forAll(zones(), instants()).checkAssert((organisation, at) -> {
            LocalDate monday = new DayRecorder(organisation, organisation.getId()).service.weekStart(at);
            LocalDate today = at.atZone(organisation).toLocalDate();
            assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(ChronoUnit.DAYS.between(monday, today)).isBetween(0L, 6L);
        });
    }

    private static Gen<Streak> streaks() {
        Gen<LocalDate> lastDay = instants().map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
        return integers().between(1, 400).zip(integers().between(0, 400), lastDay,
                (current, extra, last) -> new Streak(current, current + extra, last));
    }

    @Test
    void aStreakIsWorthItsDaysUntilAWholeLocalDayIsMissed() {
        qt().withExamples(EXAMPLES).forAll(streaks(), integers().between(0, 60)).checkAssert((streak, daysLater) -> {
            LocalDate today = streak.lastDay().plusDays(daysLater);
            assertThat(streak.asOf(today)).isEqualTo(daysLater <= 1 ? streak.current() : 0);
            assertThat(streak.asOf(today)).isLessThanOrEqualTo(streak.longest());
            assertThat(Streak.NONE.asOf(today)).isZero();
        });
    }

    @Test
    void aStreakCountsTheSameLocalDayForTheSameInstantWhereverItIsShown() {
        qt().withExamples(EXAMPLES).forAll(zones(), instants(), integers().between(0, 72))
                .checkAssert(StreakProperties::aStreakCountsTheSameLocalDayForTheSameInstantWhereverItIsShown);
    }

    private static void aStreakCountsTheSameLocalDayForTheSameInstantWhereverItIsShown(ZoneId zone,
                                                                                      Instant lastActivity,
                                                                                      int hoursLater) {
        // The profile asks "is the streak still running today?" in the same zone the day was recorded in.
        DayRecorder recorder = new DayRecorder(zone);
        Streak streak = new Streak(5, 5, recorder.dayOf(lastActivity));
        Instant now = lastActivity.plus(Duration.ofHours(hoursLater));
        LocalDate today = now.atZone(zone).toLocalDate();
        // A whole local day without activity has passed once the day after the next one has begun.
        boolean dayMissed = !now.isBefore(streak.lastDay().plusDays(2).atStartOfDay(zone).toInstant());
        assertThat(streak.asOf(today)).isEqualTo(dayMissed ? 0 : 5);
    }
}
