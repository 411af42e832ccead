package com.empathycoach.web.layout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A view that fails while opening, to prove what a person sees when something breaks. Test-only. */
@Route("test-only/failing")
@PermitAll
public class FailingTestView extends Div {
    public FailingTestView() {
        throw new IllegalStateException("database on fire (secret internal detail)");
    }
}
