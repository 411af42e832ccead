package com.empathycoach.core.gamification;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.function.LongSupplier;

/**
 * How far each badge's counter must reach today. Most targets are fixed; the two that ask for the whole catalogue
 * (every lesson passed, every role-play finished) follow what is published now, so a module or role-play published
 * later raises them, and their criteria say the current number.
 *
 * <p>Badges are checked after every step, so the two catalogue sizes are read at most once per
 * {@link #REFRESH_NANOS} and kept in between: a publication shows on the badges within five seconds, on every node.
 */
@Component
class BadgeTargets {

    /** Fixed targets only, for places with no catalogue at hand. */
    static final BadgeTargets FIXED = new BadgeTargets(null, null, System::nanoTime);

    static final long REFRESH_NANOS = 5_000_000_000L;

    private final ContentCatalog lessons;
    private final ScenarioCatalog scenarios;
    private final LongSupplier nanoClock;
    private volatile Sizes sizes;

    @Autowired
    BadgeTargets(ContentCatalog lessons, ScenarioCatalog scenarios) {
        this(lessons, scenarios, System::nanoTime);
    }

    BadgeTargets(ContentCatalog lessons, ScenarioCatalog scenarios, LongSupplier nanoClock) {
        this.lessons = lessons;
        this.scenarios = scenarios;
        this.nanoClock = nanoClock;
    }

    int of(Badge badge) {
        if (!badge.wholeCatalogue() || lessons == null) {
            return badge.target();
        }
        Sizes now = sizes();
        int published = switch (badge.metric()) {
            case LESSONS_PASSED -> now.lessons();
            case SCENARIOS_COMPLETED -> now.scenarios();
            default -> badge.target();
        };
        return Math.max(1, published);
    }

    private Sizes sizes() {
        long now = nanoClock.getAsLong();
        Sizes known = sizes;
        if (known != null && now - known.readAt() < REFRESH_NANOS) {
            return known;
        }
        Sizes read = new Sizes(lessons.current().stream().mapToInt(m -> m.content().lessons().size()).sum(),
                scenarios.current().size(), now);
        sizes = read;
        return read;
    }

    private record Sizes(int lessons, int scenarios, long readAt) {
    }
}
