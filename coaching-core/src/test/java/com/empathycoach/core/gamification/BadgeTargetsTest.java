package com.empathycoach.core.gamification;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-catalogue badges ask for what is published now, not for what shipped at launch. */
class BadgeTargetsTest {

    private final List<PublishedModule> modules = new ArrayList<>();
    private int catalogueReads;
    private final ContentCatalog lessons = new ContentCatalog() {
        @Override
        public List<PublishedModule> current() {
            catalogueReads++;
            return modules;
        }

        @Override
        public Optional<PublishedModule> current(String moduleId) {
            return Optional.empty();
        }

        @Override
        public Optional<PublishedModule> revision(String moduleId, int revision) {
            return Optional.empty();
        }
    };
    private final ScenarioCatalog scenarios = (ScenarioCatalog) Proxy.newProxyInstance(ScenarioCatalog.class.getClassLoader(),
            new Class<?>[] {ScenarioCatalog.class}, (proxy, method, args) -> List.of());
    private final AtomicLong nanos = new AtomicLong();
    private final BadgeTargets targets = new BadgeTargets(lessons, scenarios, nanos::get);
    private final Badge curriculum = Badges.byId("whole-curriculum").orElseThrow();

    private void publish(String id, int lessonCount) {
        List<LessonContent> content = IntStream.range(0, lessonCount).mapToObj(i -> new LessonContent(id + "-" + i, "Lesson",
                "Objective", LessonContent.DEFAULT_PASS_MARK, List.of(), List.of())).toList();
        modules.add(new PublishedModule(1, new ModuleContent(id, 1, modules.size(), EmpathyKey.DISCOVER, "Module", "Summary",
                content)));
    }

    @Test
    void aModulePublishedLaterRaisesTheTargetAndItsCriteria() {
        publish("first", 20);
        publish("second", 6);
        assertThat(targets.of(curriculum)).isEqualTo(26);
        publish("third", 1);
        assertThat(targets.of(curriculum)).as("read again at most every five seconds").isEqualTo(26);
        nanos.addAndGet(BadgeTargets.REFRESH_NANOS);
        assertThat(targets.of(curriculum)).isEqualTo(27);
        assertThat(curriculum.criteria(Locale.ENGLISH, targets.of(curriculum))).isEqualTo("Pass all 27 lessons.");
        assertThat(targets.of(Badges.byId("lesson-scholar").orElseThrow())).as("fixed targets stay").isEqualTo(15);
    }

    @Test
    void passingTheLaunchCountNoLongerEarnsTheBadgeOnceMoreIsPublished() {
        publish("first", 26);
        publish("new", 1);
        Map<Metric, Integer> counters = new EnumMap<>(Metric.class);
        counters.put(Metric.LESSONS_PASSED, 26);
        List<String> earned = new ArrayList<>();
        GamificationStore store = (GamificationStore) Proxy.newProxyInstance(GamificationStore.class.getClassLoader(),
                new Class<?>[] {GamificationStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "counters" -> counters;
                    case "earn" -> earned.add((String) args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        AwardFacade awards = new AwardFacade(store, "UTC", targets);

        awards.checkBadges(7, Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(earned).doesNotContain("whole-curriculum").contains("lesson-scholar");
        counters.put(Metric.LESSONS_PASSED, 27);
        awards.checkBadges(7, Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(earned).contains("whole-curriculum");
    }

    @Test
    void badgeChecksAfterEveryStepReadTheCatalogueOncePerRefresh() {
        publish("first", 26);
        Badge roleplays = Badges.ALL.stream().filter(b -> b.wholeCatalogue() && b.metric() == Metric.SCENARIOS_COMPLETED)
                .findFirst().orElseThrow();
        for (int step = 0; step < 50; step++) {
            targets.of(curriculum);
            targets.of(roleplays);
            nanos.addAndGet(BadgeTargets.REFRESH_NANOS / 100);
        }
        assertThat(catalogueReads).isEqualTo(1);
        nanos.addAndGet(BadgeTargets.REFRESH_NANOS);
        targets.of(curriculum);
        assertThat(catalogueReads).isEqualTo(2);
    }
}
