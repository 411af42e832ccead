package com.empathycoach.core.notification;

import java.time.Instant;
import java.util.List;

/** One in-app notification: its kind, the values its text needs, and the route it leads to. */
public record Notification(long id, NotificationKind kind, List<String> args, String link, Instant createdAt,
                           Instant readAt) {

    public Notification {
        args = List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }
}
