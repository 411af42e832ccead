package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.stream.Collectors;

/** Opens a calibration session on this interaction: the coach picks the other coaches who score it blind. */
class CalibrateButton extends Button {

    CalibrateButton(CalibrationFacade calibration, Actor coach, long interactionId) {
        super();
        setText(getTranslation("calibration.start"));
        addClassName("start-calibration");
        addClickListener(e -> dialog(calibration, coach, interactionId).open());
    }

    private Dialog dialog(CalibrationFacade calibration, Actor coach, long interactionId) {
        Dialog dialog = new Dialog(getTranslation("calibration.start"));
        MultiSelectComboBox<TeamMember> who = new MultiSelectComboBox<>(getTranslation("calibration.invite"));
        who.setItems(calibration.invitable(coach));
        who.setItemLabelGenerator(TeamMember::displayName);
        who.setWidthFull();
        who.addClassName("calibration-invitees");
        Button open = new Button(getTranslation("calibration.open"), e -> {
            try {
                long id = calibration.open(coach, interactionId,
                        who.getValue().stream().map(TeamMember::userId).collect(Collectors.toSet()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(CalibrationListView.PATH + "/" + id));
            } catch (InvalidInputException ex) {
                who.setErrorMessage(getTranslation(ex.messageKey()));
                who.setInvalid(true);
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClassName("open-calibration");
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("calibration.startHelp")), who));
        dialog.getFooter().add(new Button(getTranslation("interactions.cancel"), e -> dialog.close()), open);
        dialog.setWidth("min(32rem, 95vw)");
        return dialog;
    }
}
