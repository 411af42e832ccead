package com.empathycoach.web.config;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A proxy keeps a browser on its node by the route at the end of the session id (deploy/nginx/empathy-coach.conf). */
class NodeRouteTest {

    @Test
    void sessionIdsEndWithTheNodesRouteWhenOneIsSet() throws Exception {
        assertThat(sessionCookie("node-2")).matches("JSESSIONID=[0-9A-F]+\\.node-2;.*");
    }

    @Test
    void sessionIdsCarryNoRouteByDefault() throws Exception {
        assertThat(sessionCookie("")).matches("JSESSIONID=[0-9A-F]+;.*");
    }

    @Test
    void aRouteThatWouldBreakTheCookieIsRefusedAtStart() {
        assertThatThrownBy(() -> new NodeRoute().nodeRouteInSessionIds("node 1; Path=/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empathy.node.route");
    }

    private static String sessionCookie(String route) throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new NodeRoute().nodeRouteInSessionIds(route).customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow();
        } finally {
            server.stop();
        }
    }
}
