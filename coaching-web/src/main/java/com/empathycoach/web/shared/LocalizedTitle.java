package com.empathycoach.web.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose browser-tab title comes from the translations, like every other text. */
public interface LocalizedTitle extends HasDynamicTitle {

    /** The translation key of the view's title. */
    String titleKey();

    @Override
    default String getPageTitle() {
        Component view = (Component) this;
        return view.getTranslation(titleKey()) + " | " + view.getTranslation("app.name");
    }
}
