package com.empathycoach.web.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Prints where the app runs and the demo logins once it is ready, so a newcomer can sign in at once. */
@Component
class DemoLogins {

    private final Environment env;

    DemoLogins(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        if (!DemoData.enabled(env)) {
            return;
        }
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        String users = DemoData.USERS.stream()
                .map(u -> String.format("    %-8s %s", u.username(), u.roles()))
                .collect(Collectors.joining(System.lineSeparator()));
        System.out.printf("%n  Empathy Coach is ready at http://localhost:%s%n  Demo logins (password for all: %s):%n%s%n%n",
                port, DemoData.PASSWORD, users);
    }
}
