package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.coaching.CoachingNote;
import com.empathycoach.core.coaching.NotesFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.DatePickerTexts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The coach's 1:1 notes with one agent: the ones written so far, and a form for a new one. */
class NotesPanel extends Div {

    private final transient NotesFacade notes;
    private final transient Actor coach;
    private final long agentId;
    private final Div list = new Div();
    private final Select<EmpathyKey> focus = new Select<>();
    private final TextArea wentWell = new TextArea();
    private final TextArea tryNext = new TextArea();
    private final DatePicker followUp = new DatePicker();

    NotesPanel(NotesFacade notes, Actor coach, long agentId, LocalDate today) {
        this.notes = notes;
        this.coach = coach;
        this.agentId = agentId;
        addClassName("notes-panel");
        focus.setLabel(getTranslation("notes.focus"));
        focus.setItems(EmpathyKey.values());
        focus.setItemLabelGenerator(k -> getTranslation("key." + k));
        focus.addClassName("note-focus");
        wentWell.setLabel(getTranslation("notes.wentWell"));
        wentWell.setMaxLength(NotesFacade.MAX_TEXT);
        wentWell.addClassName("note-went-well");
        tryNext.setLabel(getTranslation("notes.tryNext"));
        tryNext.setMaxLength(NotesFacade.MAX_TEXT);
        tryNext.addClassName("note-try-next");
        followUp.setLabel(getTranslation("notes.followUp"));
        DatePickerTexts.translated(followUp);
        followUp.setValue(today.plusDays(14));
        followUp.setMin(today);
        followUp.addClassName("note-follow-up");
        Button save = new Button(getTranslation("notes.save"), e -> {
            try {
                save();
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        // A second click while the first is saved would find the form already emptied.
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-note");
        FormLayout form = new FormLayout(focus, followUp, wentWell, tryNext);
        add(new H3(getTranslation("notes.title")), list, form, save);
        refresh();
    }

    private void save() {
        List.<HasValidation>of(focus, wentWell, tryNext, followUp).forEach(f -> f.setInvalid(false));
        try {
            notes.write(coach, agentId, focus.getValue(), wentWell.getValue(), tryNext.getValue(), followUp.getValue());
        } catch (InvalidInputException ex) {
            HasValidation field = switch (ex.field()) {
                case "focus" -> focus;
                case "wentWell" -> wentWell;
                case "tryNext" -> tryNext;
                default -> followUp;
            };
            field.setErrorMessage(getTranslation(ex.messageKey()));
            field.setInvalid(true);
            return;
        }
        Notification.show(getTranslation("notes.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        wentWell.clear();
        tryNext.clear();
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var written = notes.forAgent(coach, agentId);
        if (written.isEmpty()) {
            list.add(new Paragraph(getTranslation("notes.none")));
        }
        written.forEach(n -> list.add(noteBox(n)));
    }

    private Div noteBox(CoachingNote n) {
        DateTimeFormatter date = Formats.date(getLocale());
        Div box = new Div();
        box.addClassName("note-box");
        box.add(new Paragraph(getTranslation("notes.line", date.format(n.createdAt().atZone(ZoneId.systemDefault())),
                getTranslation("key." + n.focus()), date.format(n.followUpOn()))));
        box.add(new Paragraph(getTranslation("notes.wentWell") + ": " + n.wentWell()),
                new Paragraph(getTranslation("notes.tryNext") + ": " + n.tryNext()));
        box.add(new Paragraph(n.acknowledged()
                ? getTranslation("notes.acknowledged", date.format(n.acknowledgedAt().atZone(ZoneId.systemDefault())))
                : getTranslation("notes.notAcknowledged")));
        if (n.agentReply() != null) {
            box.add(new Paragraph(getTranslation("notes.reply", n.agentReply())));
        }
        return box;
    }
}
