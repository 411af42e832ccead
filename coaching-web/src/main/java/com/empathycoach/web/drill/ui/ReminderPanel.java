package com.empathycoach.web.drill.ui;

import com.empathycoach.core.notification.DrillReminderFacade;
import com.empathycoach.core.drill.ReminderPrefs;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Duration;

/** The agent's drill reminder: on or off (one click), the time, and quiet hours, all in their own time zone. */
class ReminderPanel extends Div {

    private final transient DrillReminderFacade reminders;
    private final transient Actor agent;
    private final Checkbox enabled = new Checkbox();
    private final TimePicker at = picker("drill.reminders.at");
    private final TimePicker quietFrom = picker("drill.reminders.quietFrom");
    private final TimePicker quietUntil = picker("drill.reminders.quietUntil");
    private final Paragraph state = new Paragraph();
    private final Button off = new Button();

    ReminderPanel(DrillReminderFacade reminders, Actor agent) {
        this.reminders = reminders;
        this.agent = agent;
        addClassName("drill-reminders");
        enabled.setLabel(getTranslation("drill.reminders.enabled"));
        off.setText(getTranslation("drill.reminders.off"));
        off.addClassName("drill-reminders-off");
        off.addClickListener(e -> show(reminders.turnOff(agent), "drill.reminders.turnedOff"));
        Button save = new Button(getTranslation("drill.reminders.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("drill-reminders-save");
        FlexLayout times = new FlexLayout(at, quietFrom, quietUntil);
        times.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        times.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H3(getTranslation("drill.reminders.title")), new Paragraph(getTranslation("drill.reminders.intro")), state,
                off, enabled, times, save);
        show(reminders.mine(agent), null);
    }

    private TimePicker picker(String labelKey) {
        TimePicker picker = new TimePicker(getTranslation(labelKey));
        picker.setStep(Duration.ofMinutes(15));
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    private void save() {
        if (at.isEmpty() || quietFrom.isEmpty() || quietUntil.isEmpty() || at.isInvalid() || quietFrom.isInvalid()
                || quietUntil.isInvalid()) {
            at.setErrorMessage(getTranslation("drill.reminders.timesNeeded"));
            at.setInvalid(true);
            return;
        }
        try {
            show(reminders.save(agent, new ReminderPrefs(enabled.getValue(), at.getValue(), quietFrom.getValue(),
                    quietUntil.getValue())), "drill.reminders.saved");
        } catch (InvalidInputException e) {
            at.setErrorMessage(getTranslation(e.messageKey()));
            at.setInvalid(true);
        }
    }

    private void show(ReminderPrefs prefs, String doneKey) {
        at.setInvalid(false);
        enabled.setValue(prefs.enabled());
        at.setValue(prefs.remindAt());
        quietFrom.setValue(prefs.quietFrom());
        quietUntil.setValue(prefs.quietUntil());
        state.setText(prefs.enabled() ? getTranslation("drill.reminders.on", prefs.remindAt(), prefs.quietFrom(),
                prefs.quietUntil()) : getTranslation("drill.reminders.isOff"));
        off.setVisible(prefs.enabled());
        if (doneKey != null) {
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}
