package com.empathycoach.web.shared;

import com.vaadin.flow.component.html.Anchor;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * The paths of the views that other features open. Each view's {@code @Route} names its constant here, and other
 * features link by path, so views stay package-private and features do not import each other's views.
 */
public final class Routes {

    public static final String AGENT_HOME = "agent";
    public static final String COACH_HOME = "coach";
    public static final String HR_HOME = "hr";
    public static final String ADMIN_USERS = "admin/users";
    public static final String AUDIT_LOG = "hr/audit";
    public static final String CATALOGUE = "lessons";
    public static final String MODULE = "lessons/:moduleId";
    public static final String LESSON = "lessons/:moduleId/:lessonId";
    public static final String ROLE_PLAY = "roleplay/:scenarioId";
    public static final String REVIEWED_REPLIES = "roleplay/reviewed";
    public static final String QUESTION_INSIGHTS = "insights/questions";
    public static final String ROLEPLAY_INSIGHTS = "insights/roleplays";

    private Routes() {
    }

    public static String module(String moduleId) {
        return CATALOGUE + "/" + segment(moduleId);
    }

    public static String lesson(String moduleId, String lessonId) {
        return module(moduleId) + "/" + segment(lessonId);
    }

    public static String rolePlay(String scenarioId) {
        return "roleplay/" + segment(scenarioId);
    }

    /** The reviewed replies, pointing at one of them: the view marks it and scrolls to it. */
    public static String reviewedReply(long attemptId, int turnNo) {
        return REVIEWED_REPLIES + "?attempt=" + attemptId + "&turn=" + turnNo;
    }

    /** A link within the application: the router opens the path without loading the page again. */
    public static Anchor link(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
