package com.empathycoach.core.drill;

import com.empathycoach.core.drill.DrillEvents.DrillAnswered;
import com.empathycoach.core.drill.DrillEvents.DrillCompleted;
import com.empathycoach.core.drill.DrillItem.Why;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The daily drill: at most five one-tap items a day, picked by spaced repetition (docs/DRILL.md). Due items come
 * first, then items on the agent's weakest key, then items never met. Every answer, in the drill or in a lesson
 * or role-play, updates the agent's FSRS-6 memory of that item and their recency-weighted skill profile.
 */
@Service
public class DrillFacade {

    public static final int SIZE = 5;

    private final DrillStore store;
    private final DrillCatalog catalog;
    private final AccessFacade access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DrillSettings settings;

    DrillFacade(DrillStore store, DrillCatalog catalog, AccessFacade access, ApplicationEventPublisher events, Clock clock,
                DrillSettings settings) {
        this.store = store;
        this.catalog = catalog;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /** Today's drill: the open session's remaining items, or what a new one would hold, and how many were finished today. */
    public record Today(Long sessionId, List<DrillItem> items, int answered, int total, int finishedToday) {

        public boolean inProgress() {
            return sessionId != null;
        }
    }

    /** What an answer did: right or not, the item with its answers revealed, when it comes back, and the drill's state. */
    public record Answered(boolean correct, DrillItem item, Instant nextDue, Today today, int finishedNth, int rightInDrill) {
    }

    @Transactional(readOnly = true)
    public Today today(Actor agent, Locale locale) {
        agent.require(Role.AGENT);
        LocalDate day = day();
        int finished = store.finishedOn(agent.userId(), day);
        Optional<DrillSession> open = store.openSession(agent.userId(), day).filter(this::answerable);
        if (open.isPresent()) {
            return today(open.get(), finished, locale);
        }
        List<DrillItem> items = localized(pick(agent.userId(), clock.instant()), locale);
        return new Today(null, items, 0, items.size(), finished);
    }

    /** Starts today's drill, or returns the one already open. */
    @Transactional
    public Today start(Actor agent, Locale locale) {
        agent.require(Role.AGENT);
        LocalDate day = day();
        Optional<DrillSession> open = store.openSession(agent.userId(), day);
        int finished = store.finishedOn(agent.userId(), day);
        if (open.isPresent() && answerable(open.get())) {
            return today(open.get(), finished, locale);
        }
        open.ifPresent(withdrawn -> store.abandon(withdrawn.id()));
        List<Picked> picked = pick(agent.userId(), clock.instant());
        if (picked.isEmpty()) {
            return new Today(null, List.of(), 0, 0, finished);
        }
        long id = store.startSession(agent.userId(), day, picked.stream().map(Picked::itemId).toList(), clock.instant());
        return today(store.openSession(agent.userId(), day).filter(s -> s.id() == id).orElseThrow(), finished, locale);
    }

    /**
     * Answers one item of the open drill. An answer to an item already answered, or to a drill that is not open,
     * changes nothing and is refused with a message.
     */
    @Transactional
    public Answered answer(Actor agent, long sessionId, String itemId, String optionId, Duration responseTime, Locale locale) {
        agent.require(Role.AGENT);
        LocalDate day = day();
        DrillSession session = store.openSession(agent.userId(), day).filter(s -> s.id() == sessionId)
                .orElseThrow(() -> new InvalidInputException("drill", "drill.notOpen"));
        DrillItem item = catalog.item(itemId, locale).filter(i -> session.items().contains(itemId))
                .orElseThrow(() -> new UnknownContentException("drill item"));
        if (item.options().stream().noneMatch(o -> o.id().equals(optionId))) {
            throw new InvalidInputException("answer", "drill.unknownOption");
        }
        boolean correct = item.isCorrect(optionId);
        if (!store.answered(sessionId, itemId, correct)) {
            throw new InvalidInputException("answer", "drill.alreadyAnswered");
        }
        Instant now = clock.instant();
        Memory after = record(agent.userId(), itemId, item.key(), true, correct, responseTime, now);
        DrillSession updated = store.openSession(agent.userId(), day).orElseThrow();
        int nth = 0;
        if (updated.complete()) {
            nth = store.finish(sessionId, day, now);
            if (nth > 0) {
                events.publishEvent(new DrillCompleted(agent.userId(), day, nth, updated.items().size(), updated.correct(), now));
            }
        }
        int finished = store.finishedOn(agent.userId(), day);
        Today today = nth > 0 ? new Today(null, List.of(), updated.items().size(), updated.items().size(), finished)
                : today(updated, finished, locale);
        return new Answered(correct, item, after.state().due(), today, nth, updated.correct());
    }

    /**
     * Updates the agent's memory of an item after any answer (drill, lesson or role-play): FSRS-6 with a rating from
     * correctness and response time, the review log, and the key's recency-weighted profile.
     */
    @Transactional
    public Memory record(long userId, String itemId, EmpathyKey key, boolean drillable, boolean correct,
                         Duration responseTime, Instant at) {
        Memory before = store.memory(userId, itemId).orElse(new Memory(itemId, key, drillable, MemoryState.fresh(at), 0, 0));
        Rating rating = Rating.of(correct, responseTime);
        MemoryState next = settings.fsrs().review(before.state(), rating, at);
        boolean lapse = rating == Rating.AGAIN && before.state().phase() == MemoryState.Phase.REVIEW;
        Memory after = new Memory(itemId, key, drillable, next, before.reviews() + 1, before.lapses() + (lapse ? 1 : 0));
        store.review(userId, after, rating, correct, responseTime == null ? null : responseTime.toMillis(), at,
                settings.halfLifeDays());
        events.publishEvent(new DrillAnswered(userId, itemId, correct, at));
        return after;
    }

    /** Folds the analyzer's markers of a written role-play reply into the agent's recency-weighted marker profile. */
    @Transactional
    public void recordReply(long userId, Set<com.empathycoach.core.analysis.Marker> markers, Instant at) {
        store.foldMarkers(userId, markers, at, settings.halfLifeDays());
    }

    /** An item picked for a drill and why. */
    public record Picked(String itemId, Why why) {
    }

    /**
     * Picks up to {@link #SIZE} items: due first, then the weakest key's (not practised in the last day), then new
     * ones, those on the weakest key first.
     */
    @Transactional(readOnly = true)
    public List<Picked> pick(long userId, Instant now) {
        Map<String, DrillCatalog.Entry> published = new LinkedHashMap<>();
        catalog.entries().forEach(e -> published.put(e.id(), e));
        Map<String, Picked> picked = new LinkedHashMap<>();
        store.due(userId, now, SIZE * 2).stream().map(Memory::itemId).filter(published::containsKey)
                .limit(SIZE).forEach(id -> picked.put(id, new Picked(id, Why.DUE)));
        Optional<EmpathyKey> weakest = weakest(store.profile(userId));
        if (picked.size() < SIZE && weakest.isPresent()) {
            store.upcomingOn(userId, weakest.get(), now, now.minus(Duration.ofDays(1)), SIZE * 2).stream().map(Memory::itemId)
                    .filter(id -> published.containsKey(id) && !picked.containsKey(id))
                    .limit(SIZE - picked.size()).forEach(id -> picked.put(id, new Picked(id, Why.WEAKEST_KEY)));
        }
        if (picked.size() < SIZE) {
            Set<String> met = store.met(userId);
            List<DrillCatalog.Entry> fresh = new ArrayList<>(published.values().stream()
                    .filter(e -> !met.contains(e.id()) && !picked.containsKey(e.id())).toList());
            weakest.ifPresent(key -> fresh.sort(java.util.Comparator.comparing((DrillCatalog.Entry e) -> e.key() != key)));
            fresh.stream().limit(SIZE - picked.size()).forEach(e -> picked.put(e.id(), new Picked(e.id(), Why.NEW)));
        }
        return List.copyOf(picked.values());
    }

    static Optional<EmpathyKey> weakest(Map<EmpathyKey, DrillStore.ProfileSum> profile) {
        return profile.entrySet().stream().filter(e -> e.getValue().weightSum() > 0)
                .min(java.util.Comparator.comparingDouble((Map.Entry<EmpathyKey, DrillStore.ProfileSum> e) ->
                        e.getValue().scoreSum() / e.getValue().weightSum()).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey);
    }

    /** Whether something is left to answer: content withdrawn since the drill began leaves nothing to finish. */
    private boolean answerable(DrillSession session) {
        return !catalog.items(session.remaining(), Locale.ENGLISH).isEmpty();
    }

    private Today today(DrillSession session, int finished, Locale locale) {
        List<DrillItem> items = catalog.items(session.remaining(), locale);
        return new Today(session.id(), items, session.answered().size(), session.items().size(), finished);
    }

    private List<DrillItem> localized(List<Picked> picked, Locale locale) {
        Map<String, Why> why = new LinkedHashMap<>();
        picked.forEach(p -> why.put(p.itemId(), p.why()));
        return catalog.items(List.copyOf(why.keySet()), locale).stream().map(i -> i.because(why.get(i.id()))).toList();
    }

    private LocalDate day() {
        return clock.instant().atZone(settings.zone()).toLocalDate();
    }
}
