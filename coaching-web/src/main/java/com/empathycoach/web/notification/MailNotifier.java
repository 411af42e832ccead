package com.empathycoach.web.notification;

import com.empathycoach.web.shared.PublicUrls;

import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.core.notification.NotificationCreated;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Locale;

/**
 * Sends each new notification by email as well, once the transaction that created it has committed.
 * Only when a mail server is configured ({@code spring.mail.host}); without one this does nothing, and a
 * failing server never undoes or blocks the work that caused the notification.
 */
@Component
class MailNotifier {

    private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationFacade notifications;
    private final I18NProvider i18n;
    private final PublicUrls urls;
    private final String from;

    MailNotifier(ObjectProvider<JavaMailSender> mail, NotificationFacade notifications, I18NProvider i18n,
                 PublicUrls urls,
                 @Value("${empathy.mail.from:empathy-coach@localhost}") String from) {
        this.mail = mail;
        this.notifications = notifications;
        this.i18n = i18n;
        this.urls = urls;
        this.from = from;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(NotificationCreated event) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        notifications.recipient(event.userId()).ifPresent(user -> {
            String text = notifications.text(event.kind(), event.args(), user.locale());
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(user.email());
            message.setSubject(i18n.getTranslation("notification.mail.subject", user.locale(), text));
            message.setText(i18n.getTranslation("notification.mail.body", user.locale(), user.displayName(), text,
                    urls.base() + "/" + event.link()));
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not email a {} notification to user {}: {}", event.kind(), event.userId(), e.getMessage());
            }
        });
    }
}
