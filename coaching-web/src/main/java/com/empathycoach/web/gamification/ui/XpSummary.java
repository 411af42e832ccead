package com.empathycoach.web.gamification.ui;

import com.empathycoach.core.gamification.GamificationFacade.Profile;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;

/** Level, XP toward the next level, the streak and the badge count, for the agent's home view. */
public class XpSummary extends Div {

    public XpSummary(Profile profile) {
        addClassName("xp-summary");
        Span level = new Span(getTranslation("xp.level", profile.level().level()));
        level.addClassName("xp-level");
        ProgressBar bar = new ProgressBar(0, 1, profile.level().fraction());
        bar.addClassName("xp-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("xp.bar.label"));
        Span xp = new Span(getTranslation("xp.progress", profile.level().xp(), profile.level().nextLevelAt(),
                profile.level().level() + 1));
        xp.addClassName("xp-text");
        Span streak = new Span(getTranslation(profile.streak() == 0 ? "xp.streak.none" : "xp.streak", profile.streak(),
                profile.longestStreak()));
        streak.addClassName("xp-streak");
        RouterLink badges = new RouterLink(getTranslation("xp.badges", profile.badgesEarned(), profile.badgesTotal()),
                BadgesView.class);
        RouterLink board = new RouterLink(getTranslation("xp.leaderboard"), LeaderboardView.class);
        Div links = new Div(badges, board);
        links.addClassName("xp-links");
        add(level, bar, xp, streak, links);
    }
}
