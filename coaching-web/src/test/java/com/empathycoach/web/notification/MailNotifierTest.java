package com.empathycoach.web.notification;

import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.web.shared.PublicUrls;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.notification.NotificationCreated;
import com.empathycoach.core.notification.NotificationKind;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Email reminders through a real SMTP server in the test (GreenMail), and silence without one. */
@SpringBootTest
@ActiveProfiles("test")
class MailNotifierTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    IdentityStore identity;

    @Autowired
    I18NProvider i18n;

    @Autowired
    NotificationFacade notifications;

    private MailNotifier notifier(Map<String, Object> beans) {
        return new MailNotifier(new StaticListableBeanFactory(beans).getBeanProvider(JavaMailSender.class), notifications, i18n,
                new PublicUrls("https://coach.example.org/", 8080), "coach@example.org");
    }

    @Test
    void aNotificationIsEmailedWithItsTextAndLink() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        UserAccount amara = identity.userByUsername("amara").orElseThrow();

        notifier(Map.of("mail", sender)).on(new NotificationCreated(amara.id(), NotificationKind.ASSIGNMENT_DUE_TOMORROW,
                List.of("Discover the real need"), "agent"));

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(amara.email());
        assertThat(message.getSubject()).isEqualTo("Empathy Coach: Discover the real need is due tomorrow.");
        assertThat(GreenMailUtil.getBody(message)).contains("Hello " + amara.displayName())
                .contains("https://coach.example.org/agent");
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingFails() {
        UserAccount amara = identity.userByUsername("amara").orElseThrow();
        notifier(Map.of()).on(new NotificationCreated(amara.id(), NotificationKind.REVIEW_DONE, List.of(), "agent"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
