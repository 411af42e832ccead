package com.empathycoach.web.layout;

import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Errors raised while handling a click or an edit: bad input and refused access get their own clear
 * message; anything else gets a generic one with an error id that is also in the log.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    private static void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            ErrorIds.logWithId(event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof InvalidInputException invalid) {
            message = ui.getTranslation(invalid.messageKey());
        } else if (cause instanceof NotAllowedException) {
            message = ui.getTranslation("error.notAllowed");
        } else {
            message = ui.getTranslation("error.action", ErrorIds.logWithId(event.getThrowable()));
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static Throwable rootOf(Throwable error) {
        Throwable current = error;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof InvalidInputException) && !(current instanceof NotAllowedException)) {
            current = current.getCause();
        }
        return current;
    }
}
