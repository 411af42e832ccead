package com.empathycoach.web.gamification.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.reporting.BadgeAssertion;
import com.empathycoach.core.reporting.OpenBadgesFacade;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import java.util.stream.Collectors;
import com.empathycoach.core.gamification.GamificationFacade.BadgeProgress;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;

/** The badge cabinet: every badge, earned ones with their date, locked ones with progress toward them. */
@Route("badges")
@Menu(order = 3, title = "menu.badges", icon = "vaadin:medal")
@RolesAllowed({"AGENT", "COACH"})
class BadgesView extends VerticalLayout implements LocalizedTitle {

    BadgesView(CurrentUser currentUser, GamificationFacade gamification, OpenBadgesFacade openBadges) {
        addClassName("badge-cabinet");
        Map<String, String> assertions = openBadges.mine(currentUser.actor()).stream()
                .collect(Collectors.toMap(BadgeAssertion::badgeId, BadgeAssertion::assertionId));
        List<BadgeProgress> badges = gamification.badges(currentUser.actor());
        long earned = badges.stream().filter(BadgeProgress::earned).count();
        add(new H2(getTranslation("badges.title")), new Paragraph(getTranslation("badges.summary", earned, badges.size())));
        ZoneId zone = gamification.profileZone(currentUser.actor());
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("card-grid");
        badges.forEach(b -> cards.add(card(b, assertions.get(b.badge().id()), zone)));
        add(cards);
    }

    /** One badge: when it was earned (with its Open Badges assertion, if any), or how far there is to go. */
    private Card card(BadgeProgress b, String assertion, ZoneId zone) {
        Card card = new Card();
        card.addClassNames("badge-card", b.earned() ? "badge-earned" : "badge-locked");
        // Focusable, so keyboard users can move through (and scroll) the cabinet card by card.
        card.getElement().setAttribute("tabindex", "0");
        Icon icon = new Icon(b.badge().icon());
        icon.getElement().setAttribute("aria-hidden", "true");
        card.setHeaderPrefix(icon);
        card.setTitle(new Span(b.badge().name(getLocale())));
        card.setSubtitle(new Span(getTranslation(b.earned() ? "badges.earned" : "badges.locked")));
        card.add(new Paragraph(b.criteria(getLocale())));
        if (!b.earned()) {
            ProgressBar bar = new ProgressBar(0, b.target(), b.shown());
            bar.getElement().setAttribute("aria-label", b.badge().name(getLocale()));
            Span progress = new Span(getTranslation("badges.progress", b.shown(), b.target()));
            progress.addClassName("progress-label");
            card.add(bar, progress);
            return card;
        }
        Span when = new Span(getTranslation("badges.earnedOn", Formats.date(getLocale()).format(b.earnedAt().atZone(zone))));
        when.addClassName("progress-label");
        card.add(when);
        if (assertion != null) {
            // A hosted Open Badges assertion: its address is what a backpack imports.
            Anchor share = new Anchor("openbadges/assertions/" + assertion, getTranslation("badges.openBadge"));
            share.setTarget("_blank");
            share.addClassName("open-badge-link");
            share.getElement().setAttribute("title", getTranslation("badges.openBadgeHelp"));
            card.add(share);
        }
        return card;
    }

    @Override
    public String titleKey() {
        return "title.badgesView";
    }
}
