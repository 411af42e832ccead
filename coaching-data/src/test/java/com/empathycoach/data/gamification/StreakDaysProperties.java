package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.Metric;
import com.empathycoach.core.gamification.Streak;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Streaks as the service and the real store count them (docs/XP-RULES.md, "Streaks"): days in a row with
 * activity, in the learner's own time zone. Each step is checked against a reference model: a later day right
 * after the last one adds one, a later day after a gap starts again at one, the same or an earlier day changes
 * nothing; the longest streak is kept.
 *
 * <p>Dates run from 2012 to 2037: before that some zones skipped a whole calendar day at the date line.
 */
@SpringBootTest
class StreakDaysProperties {

    @Autowired
    GamificationStore store;

    @Autowired
    IdentityStore identity;

    private static final Instant FROM = Instant.parse("2012-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2037-06-01T00:00:00Z");
    private static final List<ZoneId> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().map(ZoneId::of)
            .filter(z -> z.getRules().nextTransition(FROM) != null).toList();
    /** Far apart and unusual offsets: the date line both sides, half and quarter hours, a half-hour summer time. */
    private static final List<ZoneId> FAR_APART = List.of("Pacific/Kiritimati", "Pacific/Auckland", "Pacific/Chatham",
            "Australia/Lord_Howe", "Asia/Kathmandu", "Asia/Kolkata", "Europe/London", "UTC", "America/St_Johns",
            "America/New_York", "America/Los_Angeles", "Pacific/Pago_Pago").stream().map(ZoneId::of).toList();

    /** The streak the documentation describes, kept in memory. */
    private record Model(int current, int longest, LocalDate lastDay) {
        static final Model NONE = new Model(0, 0, null);

        Model on(LocalDate day) {
            if (lastDay == null) {
                return new Model(1, 1, day);
            }
            if (!day.isAfter(lastDay)) {
                return this;
            }
            int next = day.equals(lastDay.plusDays(1)) ? current + 1 : 1;
            return new Model(next, Math.max(longest, next), day);
        }

        Streak streak() {
            return new Streak(current, longest, lastDay);
        }
    }

    /** Local days one after another from {@code start}, each {@code gaps[i]} days on (negative: a late, earlier one). */
    record Days(ZoneId zone, LocalDate start, List<Integer> gaps, List<LocalTime> times) {
    }

    private static Gen<Instant> instants() {
        return longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
    }

    private static Gen<Days> daysAroundAnOffsetChange() {
        Gen<Integer> gap = Generate.frequency(List.of(Pair.of(6, Generate.constant(1)), Pair.of(2, Generate.constant(0)),
                Pair.of(2, Generate.constant(2)), Pair.of(1, Generate.constant(3)), Pair.of(1, Generate.constant(-1))));
        Gen<LocalTime> time = Generate.oneOf(
                Generate.pick(List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 30), LocalTime.of(2, 30), LocalTime.of(23, 59))),
                integers().between(0, 86_399).map(seconds -> LocalTime.ofSecondOfDay(seconds)));
        return Generate.pick(ZONES).zip(instants(), integers().between(0, 4), lists().of(gap).ofSizeBetween(1, 12),
                lists().of(time).ofSize(12), (zone, from, before, gaps, times) -> {
                    // Start a few days before one of the zone's offset changes, so runs cross it.
                    ZoneOffsetTransition change = zone.getRules().nextTransition(from);
                    LocalDate pivot = (change == null ? from : change.getInstant()).atZone(zone).toLocalDate();
                    return new Days(zone, pivot.minusDays(before), gaps, times);
                });
    }

    /** A new active learner with a unique name, in {@code zone}. */
    private long newUser(String prefix, ZoneId zone) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return identity.createUser(new NewUser(prefix + tag, "Person " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), zone.getId()), "h");
    }

    @Test
    void aStreakGrowsByOneEachNextLocalDayAndStartsAgainAfterAMissedDay() {
        qt().withExamples(20).withShrinkCycles(100).forAll(daysAroundAnOffsetChange())
                .checkAssert(this::aStreakGrowsByOneEachNextLocalDayAndStartsAgainAfterAMissedDay);
    }

    private void aStreakGrowsByOneEachNextLocalDayAndStartsAgainAfterAMissedDay(Days days) {
        long learner = newUser("st", days.zone());
        AwardFacade service = new AwardFacade(store, "UTC");
        Model model = Model.NONE;
        LocalDate day = days.start();
        int best = 0;
        for (int i = 0; i < days.gaps().size(); i++) {
            day = day.plusDays(days.gaps().get(i));
            Instant at = ZonedDateTime.of(day, days.times().get(i), days.zone()).toInstant();
            service.activeDay(learner, at);
            model = model.on(at.atZone(days.zone()).toLocalDate());
            best = Math.max(best, model.current());
            Streak streak = store.streak(learner);
            assertThat(streak).as("after activity at %s in %s", at, days.zone()).isEqualTo(model.streak());
            assertThat(streak.longest()).isGreaterThanOrEqualTo(streak.current());
            assertThat(store.counters(learner).get(Metric.STREAK_DAYS)).isEqualTo(best);
            // What the profile shows: kept today and tomorrow, gone once a whole local day passes without activity.
            assertThat(streak.asOf(model.lastDay())).isEqualTo(model.current());
            assertThat(streak.asOf(model.lastDay().plusDays(1))).isEqualTo(model.current());
            assertThat(streak.asOf(model.lastDay().plusDays(2))).isZero();
        }
    }

    /** Two learners far apart, active at the same instants, some hours to a few days apart. */
    record Instants(ZoneId east, ZoneId west, Instant start, List<Integer> hoursBetween) {
    }

    private static Gen<Instants> sameInstantsInTwoZones() {
        return Generate.pick(FAR_APART).zip(Generate.pick(FAR_APART), instants(),
                lists().of(integers().between(1, 60)).ofSizeBetween(1, 10), Instants::new)
                .assuming(i -> !i.east().equals(i.west()));
    }

    @Test
    void theSameActivityInstantsCountForEachLearnersOwnLocalDays() {
        qt().withExamples(15).withShrinkCycles(100).forAll(sameInstantsInTwoZones())
                .checkAssert(this::theSameActivityInstantsCountForEachLearnersOwnLocalDays);
    }

    private void theSameActivityInstantsCountForEachLearnersOwnLocalDays(Instants instants) {
        AwardFacade service = new AwardFacade(store, "UTC");
        List<ZoneId> zones = List.of(instants.east(), instants.west());
        long[] learners = {newUser("tz", zones.get(0)), newUser("tz", zones.get(1))};
        Model[] models = {Model.NONE, Model.NONE};
        Instant at = instants.start();
        for (int hours : instants.hoursBetween()) {
            at = at.plus(Duration.ofHours(hours));
            for (int i = 0; i < 2; i++) {
                service.activeDay(learners[i], at);
                LocalDate localDay = at.atZone(zones.get(i)).toLocalDate();
                models[i] = models[i].on(localDay);
                Streak streak = store.streak(learners[i]);
                assertThat(streak.lastDay()).as("%s in %s", at, zones.get(i)).isEqualTo(localDay);
                assertThat(streak).as("%s in %s", at, zones.get(i)).isEqualTo(models[i].streak());
            }
        }
    }
}
