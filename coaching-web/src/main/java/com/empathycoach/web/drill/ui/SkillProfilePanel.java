package com.empathycoach.web.drill.ui;

import com.empathycoach.core.drill.SkillProfile;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.EmptyState;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
