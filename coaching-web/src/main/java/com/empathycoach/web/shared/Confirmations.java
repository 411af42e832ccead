package com.empathycoach.web.shared;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Opening dialogs that ask before something that cannot be undone. */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * Opens a confirmation of a destructive action with the keyboard focus on Cancel, so that Enter or Space pressed
     * out of habit does not delete, revoke or deactivate anything.
     */
    public static void openFocusingCancel(ConfirmDialog dialog) {
        dialog.open();
        // After the dialog's own initial focus, which goes to the confirm button.
        dialog.getElement().executeJs("""
                setTimeout(() => {
                  const cancel = this.querySelector('[slot="cancel-button"]');
                  if (cancel) { cancel.focus(); }
                }, 60);""");
    }
}
