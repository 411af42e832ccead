package com.empathycoach.web.notification.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.core.identity.Actor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;


import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The bell in the top bar: the unread count, and on click the latest notifications with links. */
public class NotificationBell extends Div {

    private final transient NotificationFacade notifications;
    private final transient Actor actor;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();

    public NotificationBell(NotificationFacade notifications, Actor actor) {
        this.notifications = notifications;
        this.actor = actor;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.addClassName("bell-button");
        count.addClassName("bell-count");
        count.getElement().getThemeList().add("badge error pill small");
        list.addClassName("notification-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setModal(false);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        popover.add(list);
        add(bell, count, popover);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refreshCount();
    }

    public void refreshCount() {
        int unread = notifications.unread(actor);
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("notification.bell", unread));
    }

    private void fill() {
        list.removeAll();
        List<NotificationFacade.Shown> recent = notifications.recent(actor, getLocale());
        if (recent.isEmpty()) {
            list.add(new Span(getTranslation("notification.none")));
            return;
        }
        DateTimeFormatter when = Formats.dateTime(getLocale());
        for (NotificationFacade.Shown n : recent) {
            // Links are app routes, opened by the router without a page load.
            Anchor link = Routes.link(n.link(), n.text());
            link.addClassName("notification-link");
            Span time = new Span(when.format(n.createdAt().atZone(ZoneId.systemDefault())));
            time.addClassName("notification-time");
            Div row = new Div(link, time);
            row.addClassNames("notification-row", n.unread() ? "notification-unread" : "notification-read");
            list.add(row);
        }
        Button read = new Button(getTranslation("notification.markRead"), e -> {
            notifications.markAllRead(actor);
            refreshCount();
            fill();
        });
        read.addThemeVariants(ButtonVariant.LUMO_SMALL);
        read.addClassName("mark-read");
        list.add(read);
    }
}
