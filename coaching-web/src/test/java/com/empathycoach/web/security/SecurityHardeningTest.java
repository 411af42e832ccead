package com.empathycoach.web.security;

import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest
@ActiveProfiles("test")
class SecurityHardeningTest {

    private static final String PASSWORD = "a-long-test-passphrase";

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentityFacade identity;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AccountFacade accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String newAgent() {
        String username = "sec" + UUID.randomUUID().toString().substring(0, 8);
        identity.register(new NewUser(username, "Secure Tester", username + "@test.empathycoach.test", PASSWORD,
                Set.of(Role.AGENT), "UTC"));
        return username;
    }

    private String signIn(String username, String password, String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
        return response.getRedirectedUrl();
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilAnAdminUnlocksIt() throws Exception {
        String username = newAgent();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(username, "wrong-password-" + i, "198.51.100.1")).endsWith("/login?error");
        }
        assertThat(throttle.isLocked(username)).isTrue();
        assertThat(signIn(username, PASSWORD, "198.51.100.1")).endsWith("/login?blocked");
        assertThat(signIn(username, PASSWORD, "203.0.113.9")).as("another address does not help").endsWith("/login?blocked");
        throttle.unlock(username);
        assertThat(signIn(username, PASSWORD, "198.51.100.1")).doesNotContain("error").doesNotContain("blocked");
        assertThat(jdbc.queryForObject("select count(*) from audit_log a join app_user u on u.id = a.actor_id"
                + " where a.action = 'SIGN_IN_LOCKED' and u.username = ? and a.details = ?", Integer.class, username, username))
                .as("the lock is in the audit log once, under the account's name").isEqualTo(1);
    }

    @Test
    void wrongPasswordsForANameNobodyHasLeaveNoAuditEntry() throws Exception {
        String nobody = "ghost" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            signIn(nobody, "wrong-password-" + i, "198.51.100.7");
        }
        assertThat(throttle.isLocked(nobody)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where details = ?", Integer.class, nobody)).isZero();
        throttle.unlock(nobody);
    }

    @Test
    void aDeactivatedPersonCannotSignInAndKeepsTheirAccount() throws Exception {
        String username = newAgent();
        var account = identity.account(username).orElseThrow();
        var admin = identity.account("admin").orElseThrow();
        accounts.update(new Actor(admin.id(), admin.username(), admin.roles()), account.id(),
                new AccountFacade.Changes(account.displayName(), account.email(), account.roles(),
                        false));
        assertThat(signIn(username, PASSWORD, "198.51.100.4")).endsWith("/login?error");
        assertThat(identity.account(username)).isPresent();
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryAccount() throws Exception {
        String address = "192.0.2." + (1 + (int) (Math.random() * 200));
        for (int i = 0; i < 20; i++) {
            signIn("nobody-" + UUID.randomUUID(), "wrong-password", address);
        }
        String username = newAgent();
        assertThat(signIn(username, PASSWORD, address)).endsWith("/login?blocked");
        assertThat(signIn(username, PASSWORD, "198.51.100.77")).doesNotContain("blocked");
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        String username = newAgent();
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong-password", "198.51.100.2");
        }
        assertThat(signIn(username, PASSWORD, "198.51.100.2")).doesNotContain("error");
        for (int i = 0; i < 4; i++) {
            signIn(username, "wrong-password", "198.51.100.2");
        }
        assertThat(throttle.isLocked(username)).isFalse();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoVersionBanner() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/openbadges/issuer")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Server")).isNull();
        assertThat(response.getHeader("X-Powered-By")).isNull();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        String username = newAgent();
        MockHttpServletResponse response = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .header("Origin", "https://attacker.example")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(signIn(username, PASSWORD, "198.51.100.3")).doesNotContain("error");
    }

    @Test
    void otherPostsStillNeedTheirCsrfToken() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/logout")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
