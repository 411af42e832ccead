package com.empathycoach.core.notification;

import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.shared.CoreTexts;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import com.empathycoach.core.identity.AccountStore;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The bell: tell someone something once, count what is unread, list it, mark it read. */
@Service
@Transactional
public class NotificationFacade {

    static final int SHOWN = 20;

    private final NotificationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CoachingFacade coaching;
    private final People people;

    /** Who notifications reach, and in which language. */
    @org.springframework.stereotype.Component
    record People(IdentityStore identity, AccountStore accounts) {
    }

    NotificationFacade(NotificationStore store, ApplicationEventPublisher events, Clock clock, CoachingFacade coaching,
                       People people) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.coaching = coaching;
        this.people = people;
    }

    /** Where an email about a notification goes: an active person with an address, in their chosen language. */
    public record Recipient(String email, String displayName, Locale locale) {
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(long userId) {
        return people.identity().user(userId).filter(u -> u.active() && !u.email().isBlank()).map(u -> {
            String tag = people.accounts().preferences(userId).locale();
            return new Recipient(u.email(), u.displayName(), tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag));
        });
    }

    /** A notification as its reader sees it: its text in their language. */
    public record Shown(long id, NotificationKind kind, String text, String link, Instant createdAt, boolean unread) {
    }

    /** Notifies once per {@code dedupeKey}: a repeated call (a retried job, a second node) adds nothing. */
    public void notify(long userId, NotificationKind kind, String dedupeKey, List<String> args, String link) {
        if (store.add(userId, kind, dedupeKey, args, link, clock.instant())) {
            events.publishEvent(new NotificationCreated(userId, kind, args, link));
        }
    }

    @Transactional(readOnly = true)
    public int unread(Actor actor) {
        return store.unread(actor.userId());
    }

    /** The latest notifications, newest first, in the reader's language. */
    @Transactional(readOnly = true)
    public List<Shown> recent(Actor actor, Locale locale) {
        return store.recent(actor.userId(), SHOWN).stream().map(n -> new Shown(n.id(), n.kind(),
                text(n.kind(), n.args(), locale), n.link(), n.createdAt(), n.unread())).toList();
    }

    /** The words of a notification of {@code kind} with its stored values, in {@code locale}. */
    @Transactional(readOnly = true)
    public String text(NotificationKind kind, List<String> args, Locale locale) {
        Object[] values = args.stream().map(a -> NotificationArgs.render(a,
                (item, english) -> coaching.title(item, english, locale), day -> CoreTexts.date(day, locale))).toArray();
        return CoreTexts.text("notification." + kind.name(), locale, values);
    }

    public void markAllRead(Actor actor) {
        store.markAllRead(actor.userId(), clock.instant());
    }
}
