package com.empathycoach.web.home.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.coaching.MyAssignment;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The agent's assignments: open ones soonest due first with overdue marked, then the last few done. */
class AssignmentList extends Div {

    static final int DONE_SHOWN = 5;

    AssignmentList(List<MyAssignment> assignments) {
        addClassName("my-assignments");
        add(new H3(getTranslation("agent.assignments.title")));
        List<MyAssignment> open = assignments.stream().filter(a -> !a.done()).toList();
        if (open.isEmpty()) {
            add(EmptyState.of(getTranslation("agent.assignments.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("assignment-list");
            open.forEach(a -> list.add(row(a)));
            add(list);
        }
        List<MyAssignment> done = assignments.stream().filter(MyAssignment::done).limit(DONE_SHOWN).toList();
        if (!done.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassNames("assignment-list", "assignment-done-list");
            done.forEach(a -> list.add(row(a)));
            add(new Paragraph(getTranslation("agent.assignments.done")), list);
        }
    }

    private ListItem row(MyAssignment a) {
        ListItem row = new ListItem();
        row.addClassName("assignment-row");
        row.add(link(a));
        String date = Formats.date(getLocale()).format(a.dueOn());
        Span due = new Span(" " + getTranslation("agent.assignments.due", date, a.coachName()));
        due.addClassName("assignment-due");
        row.add(due);
        if (a.overdue()) {
            Span overdue = new Span(getTranslation("coaching.overdue"));
            overdue.getElement().getThemeList().add("badge error small");
            overdue.addClassName("assignment-overdue");
            row.add(new Span(" "), overdue);
        }
        if (a.done()) {
            Span done = new Span(getTranslation("coaching.status." + a.outcome()));
            done.addClassName("assignment-outcome");
            done.getElement().getThemeList().add("badge success small");
            row.add(new Span(" "), done);
        }
        if (a.note() != null) {
            Paragraph note = new Paragraph(getTranslation("agent.assignments.note", a.note()));
            note.addClassName("assignment-note");
            row.add(note);
        }
        return row;
    }

    private Anchor link(MyAssignment a) {
        Anchor link = Routes.link(switch (a.item().kind()) {
            case LESSON -> Routes.lesson(a.item().contentId(), a.item().lessonId());
            case MODULE -> Routes.module(a.item().contentId());
            case SCENARIO -> Routes.rolePlay(a.item().contentId());
        }, a.title());
        link.addClassName("assignment-link");
        return link;
    }
}
