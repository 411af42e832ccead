package com.empathycoach.web.gamification.ui;

import com.empathycoach.core.gamification.Badges;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.gamification.GamificationStore.Celebration;
import com.empathycoach.core.identity.Role;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.stereotype.Component;

/**
 * Shows a new level or badge once, as a notification that animates in (and stays still for people who
 * ask their system for reduced motion; see styles.css).
 */
@Component
public class Celebrations {

    private final CurrentUser currentUser;
    private final GamificationFacade gamification;

    Celebrations(CurrentUser currentUser, GamificationFacade gamification) {
        this.currentUser = currentUser;
        this.gamification = gamification;
    }

    public void showIfAny() {
        var actor = currentUser.actor();
        if (!actor.has(Role.AGENT) && !actor.has(Role.COACH)) {
            return;
        }
        Celebration celebration = gamification.takeCelebration(actor);
        UI ui = UI.getCurrent();
        if (celebration.isEmpty() || ui == null) {
            return;
        }
        Div body = new Div();
        body.addClassName("celebration");
        body.getElement().setAttribute("role", "status");
        if (celebration.newLevel() != null) {
            body.add(line("vaadin:level-up", ui.getTranslation("celebration.level", celebration.newLevel())));
        }
        for (String id : celebration.badgeIds()) {
            Badges.byId(id).ifPresent(b -> body.add(line(b.icon(), ui.getTranslation("celebration.badge",
                    b.name(ui.getLocale())))));
        }
        Notification notification = new Notification(body);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(6000);
        notification.open();
    }

    private static Div line(String icon, String text) {
        Div line = new Div(new Icon(icon), new Span(text));
        line.addClassName("celebration-line");
        return line;
    }
}
