package com.empathycoach.web.drill.ui;

import com.empathycoach.core.drill.SkillProfile;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.EmptyState;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** The recency-weighted skill profile: per key, the weighted score, what it rests on and the predicted recall. */
public class SkillProfilePanel extends Div {

    public SkillProfilePanel(SkillProfile profile, boolean forCoach) {
        addClassName("skill-profile");
        add(new H3(getTranslation("drill.profile.title")));
        add(new Paragraph(getTranslation(forCoach ? "drill.profile.introCoach" : "drill.profile.intro",
                Math.round(profile.halfLifeDays()))));
        if (profile.keys().isEmpty()) {
            add(EmptyState.of(getTranslation(forCoach ? "drill.profile.emptyCoach" : "drill.profile.empty")));
            return;
        }
        for (EmpathyKey key : EmpathyKey.values()) {
            SkillProfile.KeySkill skill = profile.keys().get(key);
            add(row(key, skill, profile.weakest().filter(k -> k == key).isPresent()));
        }
        if (!profile.markers().isEmpty()) {
            add(markers(profile));
        }
    }

    /** How often each marker shows in recent written replies: good habits first, then what to avoid. */
    private Div markers(SkillProfile profile) {
        Div box = new Div(new H4(getTranslation("drill.profile.markers")));
        box.addClassName("skill-markers");
        for (boolean positive : new boolean[] {true, false}) {
            UnorderedList list = new UnorderedList();
            profile.markers().entrySet().stream().filter(e -> e.getKey().positive() == positive)
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> list.add(new ListItem(getTranslation(positive ? "drill.profile.markerUsed"
                            : "drill.profile.markerSlipped", getTranslation("marker." + e.getKey().name()),
                            e.getValue().shownPercent()))));
            box.add(new Paragraph(getTranslation(positive ? "drill.profile.markersGood" : "drill.profile.markersAvoid")), list);
        }
        return box;
    }

    private Div row(EmpathyKey key, SkillProfile.KeySkill skill, boolean weakest) {
        Div row = new Div();
        row.addClassName("skill-row");
        Span name = new Span(getTranslation("key." + key.name()));
        name.addClassName("skill-key");
        row.add(name);
        if (skill == null) {
            row.add(new Span(getTranslation("drill.profile.noData")));
            return row;
        }
        ProgressBar bar = new ProgressBar(0, 100, skill.score());
        bar.getElement().setAttribute("aria-label", getTranslation("drill.profile.barLabel",
                getTranslation("key." + key.name()), skill.score()));
        Span figures = new Span(getTranslation("drill.profile.figures", skill.score(),
                String.format(getLocale(), "%.1f", skill.evidence()),
                skill.retention() == null ? "–" : skill.retention() + " %", skill.itemsMet()));
        figures.addClassName("skill-figures");
        row.add(bar, figures);
        if (weakest) {
            Span badge = new Span(getTranslation("drill.profile.weakest"));
            badge.getElement().getThemeList().add("badge contrast small");
            row.add(badge);
        }
        return row;
    }
}
