package com.empathycoach.core.notification;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.interaction.InteractionEvents.CalibrationInvited;
import com.empathycoach.core.interaction.InteractionEvents.ScoreDisputed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Tells coaches about QA work waiting for them: a disputed score (the agent's coaches: the one who scored it, and
 * any other, who may settle it) and an invitation to a calibration session. Keyed, so an event handled twice tells
 * nobody twice.
 */
@Component
class QaNotifications {

    private final NotificationFacade notifications;
    private final IdentityStore identity;

    QaNotifications(NotificationFacade notifications, IdentityStore identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @EventListener
    void on(ScoreDisputed e) {
        identity.teamsOfAgent(e.agentId()).stream().flatMap(t -> t.coaches().stream()).map(TeamMember::userId).distinct()
                .forEach(coach -> notifications.notify(coach, NotificationKind.QA_DISPUTED,
                        "dispute:" + e.interactionId(), List.of(e.agentName()), "interactions/" + e.interactionId()));
    }

    @EventListener
    void on(CalibrationInvited e) {
        e.invitees().forEach(coach -> notifications.notify(coach, NotificationKind.CALIBRATION_INVITED,
                "calibration:" + e.sessionId(), List.of(e.hostName()), "calibration/" + e.sessionId()));
    }
}
