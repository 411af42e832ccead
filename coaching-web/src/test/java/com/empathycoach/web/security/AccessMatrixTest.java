package com.empathycoach.web.security;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.web.security.ui.LoginView;
import com.empathycoach.web.layout.AccessDeniedView;
import com.empathycoach.web.layout.NotFoundView;
import com.empathycoach.web.layout.ServerErrorView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route against every role and anonymous: who gets in and who is turned away. The table is written
 * out by hand, so changing who may open a view means changing this test on purpose; a route missing from
 * the table fails the test.
 */
@SpringBootTest
@ActiveProfiles("test")
public class AccessMatrixTest extends SpringBrowserlessTest {

    /** Who: anonymous, and one demo account per role. */
    private static final List<String> WHO = List.of("anonymous", "amara", "samira", "priya", "admin");

    /** Route template -> who may open it (A agent, C coach, H HR, D admin, * anyone signed in, ! anonymous too). */
    public static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("login", "!ACHD");
        MATRIX.put("f/:token", "!ACHD");
        MATRIX.put("", "*");
        MATRIX.put("agent", "A");
        MATRIX.put("lessons", "AC");
        MATRIX.put("lessons/:moduleId", "AC");
        MATRIX.put("lessons/:moduleId/:lessonId", "AC");
        MATRIX.put("roleplay", "AC");
        MATRIX.put("roleplay/:scenarioId", "AC");
        MATRIX.put("roleplay/reviewed", "A");
        MATRIX.put("badges", "AC");
        MATRIX.put("leaderboard", "AC");
        MATRIX.put("profile", "A");
        MATRIX.put("drill", "A");
        MATRIX.put("drill/teams", "CH");
        MATRIX.put("feedback/peers", "A");
        MATRIX.put("feedback/customers", "A");
        MATRIX.put("certificates", "AHD");
        MATRIX.put("coach", "C");
        MATRIX.put("coach/assignments", "C");
        MATRIX.put("coach/reviews", "C");
        MATRIX.put("coach/progress", "C");
        MATRIX.put("coach/agents/:agentId", "C");
        MATRIX.put("insights/questions", "CHD");
        MATRIX.put("insights/roleplays", "CHD");
        MATRIX.put("interactions", "ACHD");
        MATRIX.put("interactions/:id", "ACHD");
        MATRIX.put("qa", "CHD");
        MATRIX.put("calibration", "C");
        // Authoring needs the AUTHOR role; of the demo accounts only samira (a coach) has it.
        MATRIX.put("authoring", "C");
        MATRIX.put("authoring/:moduleId", "C");
        MATRIX.put("calibration/:sessionId", "C");
        MATRIX.put("hr", "HD");
        MATRIX.put("hr/audit", "HD");
        MATRIX.put("admin/users", "D");
        MATRIX.put("admin/teams", "D");
        MATRIX.put("admin/import", "D");
        MATRIX.put("admin/scorecard", "D");
        MATRIX.put("account/password", "*");
    }

    @Autowired
    UserDetailsService users;

    @Autowired
    IdentityFacade identity;

    @Autowired
    com.empathycoach.core.interaction.InteractionFacade interactions;

    /** An interaction of amara's (Samira's agent), the same one every time, for routes that show one. */
    public static long sampleInteraction(com.empathycoach.core.interaction.InteractionFacade interactions) {
        return interactions.ingest(new com.empathycoach.core.interaction.InteractionViews.NewInteraction("amara", "CHAT",
                "2026-12-01T09:00:00Z", "route-tests-sample", java.util.List.of(
                new com.empathycoach.core.interaction.InteractionViews.NewTurn("CUSTOMER", "My parcel is late."),
                new com.empathycoach.core.interaction.InteractionViews.NewTurn("AGENT",
                        "I'm sorry it's late. I'll check with the courier and message you by 3pm today.")))).interaction().id();
    }

    @Autowired
    com.empathycoach.core.interaction.CalibrationFacade calibration;

    /** A calibration session Samira opened on the sample interaction, inviting Tomas, and scored herself. */
    public static long sampleSession(com.empathycoach.core.interaction.CalibrationFacade calibration,
                                     IdentityFacade identity,
                                     com.empathycoach.core.interaction.InteractionFacade interactions) {
        var samira = identity.account("samira").orElseThrow();
        var coach = new com.empathycoach.core.identity.Actor(samira.id(), samira.username(), samira.roles());
        long id = calibration.open(coach, sampleInteraction(interactions),
                java.util.Set.of(identity.account("tomas").orElseThrow().id()));
        calibration.score(coach, id, java.util.Map.of(com.empathycoach.core.skill.EmpathyKey.HELP, 4,
                com.empathycoach.core.skill.EmpathyKey.DISCOVER, 3));
        return id;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteIsInTheTable() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("com.empathycoach.web")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue;
            }
            routes.add(type.getAnnotation(Route.class).value());
        }
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void everyRoleReachesExactlyWhatTheTableSays() {
        long agentOfSamira = identity.account("amara").orElseThrow().id();
        long interaction = sampleInteraction(interactions);
        long session = sampleSession(calibration, identity, interactions);
        for (String who : WHO) {
            signInAs(who);
            for (var entry : MATRIX.entrySet()) {
                String path = entry.getKey().replace(":token", "no-such-link").replace(":moduleId", "why-empathy-matters")
                        .replace(":lessonId", "see-it-from-their-side").replace(":scenarioId", "price-rise")
                        .replace(":agentId", String.valueOf(agentOfSamira)).replace(":id", String.valueOf(interaction))
                        .replace(":sessionId", String.valueOf(session));
                boolean expected = allowed(entry.getValue(), who);
                UI.getCurrent().navigate(path.equals("login") ? "f/elsewhere" : "login");
                UI.getCurrent().navigate(path);
                Component view = UI.getCurrent().getCurrentView();
                boolean turnedAway = view instanceof AccessDeniedView
                        || (view instanceof LoginView && !path.equals("login"));
                String what = who + " -> /" + path + " (got " + view.getClass().getSimpleName() + ")";
                assertThat(!turnedAway).as(what).isEqualTo(expected);
                assertThat(view).as(what + " opens without an error").isNotInstanceOf(ServerErrorView.class)
                        .isNotInstanceOf(NotFoundView.class);
            }
        }
    }

    private static boolean allowed(String rule, String who) {
        if (who.equals("anonymous")) {
            return rule.contains("!");
        }
        if (rule.contains("*")) {
            return true;
        }
        return switch (who) {
            case "amara" -> rule.contains("A");
            case "samira" -> rule.contains("C");
            case "priya" -> rule.contains("H");
            case "admin" -> rule.contains("D");
            default -> false;
        };
    }

    private void signInAs(String who) {
        if (who.equals("anonymous")) {
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymous",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            return;
        }
        UserDetails details = users.loadUserByUsername(who);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
