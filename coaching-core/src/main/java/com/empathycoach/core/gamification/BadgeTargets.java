package com.empathycoach.core.gamification;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import org.springframework.stereotype.Component;

/**
 * How far each badge's counter must reach today. Most targets are fixed; the two that ask for the whole catalogue
 * (every lesson passed, every role-play finished) follow what is published now, so a module or role-play published
 * later raises them, and their criteria say the current number.
 */
@Component
class BadgeTargets {

    /** Fixed targets only, for places with no catalogue at hand. */
    static final BadgeTargets FIXED = new BadgeTargets(null, null);

    private final ContentCatalog lessons;
    private final ScenarioCatalog scenarios;

    BadgeTargets(ContentCatalog lessons, ScenarioCatalog scenarios) {
        this.lessons = lessons;
        this.scenarios = scenarios;
    }

    int of(Badge badge) {
        if (!badge.wholeCatalogue() || lessons == null) {
            return badge.target();
        }
        int published = switch (badge.metric()) {
            case LESSONS_PASSED -> lessons.current().stream().mapToInt(m -> m.content().lessons().size()).sum();
            case SCENARIOS_COMPLETED -> scenarios.current().size();
            default -> badge.target();
        };
        return Math.max(1, published);
    }
}
