package com.empathycoach.web.identity.ui;

import com.empathycoach.core.identity.AccountFacade.Handover;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a temporary password once, for the admin to pass on; the person must change it when signing in. */
class HandoverDialog extends Dialog {

    HandoverDialog(Handover handover) {
        setHeaderTitle(getTranslation("admin.handover.title", handover.username()));
        addClassName("handover-dialog");
        TextField password = new TextField(getTranslation("admin.handover.password"));
        password.setValue(handover.temporaryPassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("temporary-password");
        add(new Paragraph(getTranslation("admin.handover.text")), password);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(26rem, 95vw)");
    }
}
