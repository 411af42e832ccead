package com.empathycoach.web.home.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.coaching.CoachingNote;
import com.empathycoach.core.coaching.NotesFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Coaching notes for the agent: unacknowledged ones first, each with an acknowledge button and an optional reply. */
class AgentNotes extends Div {

    static final int SHOWN = 5;

    private final transient NotesFacade notes;
    private final transient Actor agent;

    AgentNotes(NotesFacade notes, Actor agent) {
        this.notes = notes;
        this.agent = agent;
        addClassName("agent-notes");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<CoachingNote> mine = notes.mine(agent);
        if (mine.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("notes.agent.title")));
        mine.stream().sorted((a, b) -> Boolean.compare(a.acknowledged(), b.acknowledged())).limit(SHOWN)
                .forEach(n -> add(box(n)));
    }

    private Div box(CoachingNote n) {
        DateTimeFormatter date = Formats.date(getLocale());
        Div box = new Div();
        box.addClassNames("note-box", n.acknowledged() ? "note-acknowledged" : "note-open");
        box.add(new Paragraph(getTranslation("notes.line", n.coachName(), getTranslation("key." + n.focus()),
                date.format(n.followUpOn()))));
        box.add(new Paragraph(getTranslation("notes.wentWell") + ": " + n.wentWell()),
                new Paragraph(getTranslation("notes.tryNext") + ": " + n.tryNext()));
        if (n.acknowledged()) {
            if (n.agentReply() != null) {
                box.add(new Paragraph(getTranslation("notes.agent.yourReply", n.agentReply())));
            }
            return box;
        }
        TextField reply = new TextField(getTranslation("notes.agent.reply"));
        reply.setMaxLength(NotesFacade.MAX_REPLY);
        reply.setWidthFull();
        reply.addClassName("note-reply");
        Button acknowledge = new Button(getTranslation("notes.agent.acknowledge"), e -> {
            try {
                notes.acknowledge(agent, n.id(), reply.getValue());
            } catch (InvalidInputException ex) {
                reply.setErrorMessage(getTranslation(ex.messageKey()));
                reply.setInvalid(true);
                return;
            }
            refresh();
        });
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addClassName("acknowledge-note");
        box.add(reply, acknowledge);
        return box;
    }
}
