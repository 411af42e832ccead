package com.empathycoach.core.notification;

import java.util.List;

/** Announced for every new notification, so it can also be sent by email once the transaction commits. */
public record NotificationCreated(long userId, NotificationKind kind, List<String> args, String link) {

    public NotificationCreated {
        args = List.copyOf(args);
    }
}
