package com.empathycoach.core.notification;

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

    public NotificationFacade(NotificationStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    public List<Notification> recent(Actor actor) {
        return store.recent(actor.userId(), SHOWN);
    }

    public void markAllRead(Actor actor) {
        store.markAllRead(actor.userId(), clock.instant());
    }
}
