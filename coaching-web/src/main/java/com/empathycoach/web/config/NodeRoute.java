package com.empathycoach.web.config;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.regex.Pattern;

/**
 * Names this node at the end of its session ids ({@code 5F1C...9A.node-1}), so a proxy can send each browser back
 * to the node that holds its UI, whatever address the browser comes from (deploy/nginx/empathy-coach.conf).
 * Set with {@code EMPATHY_NODE_ROUTE} (letters, digits and '-'); unset, session ids carry no route.
 */
@Configuration
class NodeRoute {

    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRouteInSessionIds(@Value("${empathy.node.route:}") String route) {
        if (!route.isEmpty() && !ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("empathy.node.route must be 1 to 32 letters, digits or '-', not: " + route);
        }
        return factory -> {
            if (route.isEmpty()) {
                return;
            }
            // Tomcat's session manager takes the route from the engine when it starts.
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null
                        && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }));
        };
    }
}
