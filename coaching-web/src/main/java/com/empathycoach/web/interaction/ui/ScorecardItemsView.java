package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.interaction.ScorecardExtrasFacade;
import com.empathycoach.core.interaction.ScorecardExtrasStore.Item;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organisation's own scorecard items, kept by admins: coaches score them 1 to 5 or N/A next to the four keys.
 * An item switched off leaves new scorecards; scores already given keep it.
 */
@Route("admin/scorecard")
@Menu(order = 92, title = "menu.admin.scorecard", icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
class ScorecardItemsView extends VerticalLayout implements LocalizedTitle {

    private final transient ScorecardExtrasFacade extras;
    private final transient Actor admin;
    private final Grid<Item> grid = new Grid<>();

    ScorecardItemsView(CurrentUser currentUser, ScorecardExtrasFacade extras) {
        this.extras = extras;
        this.admin = currentUser.actor();
        addClassName("scorecard-items-view");
        add(new H2(getTranslation("items.title")), new Paragraph(getTranslation("items.intro")), addForm(), grid());
        refresh();
    }

    private FlexLayout addForm() {
        TextField label = new TextField(getTranslation("items.label"));
        label.setMaxLength(ScorecardExtrasFacade.MAX_LABEL);
        label.setRequiredIndicatorVisible(true);
        label.addClassName("item-label");
        TextField description = new TextField(getTranslation("items.description"));
        description.setMaxLength(ScorecardExtrasFacade.MAX_DESCRIPTION);
        description.addClassName("item-description");
        Button add = new Button(getTranslation("items.add"), e -> {
            try {
                extras.addItem(admin, label.getValue(), description.getValue());
                label.clear();
                description.clear();
                label.setInvalid(false);
                refresh();
            } catch (InvalidInputException ex) {
                label.setErrorMessage(getTranslation(ex.messageKey()));
                label.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-item");
        FlexLayout form = new FlexLayout(label, description, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        return form;
    }

    private Grid<Item> grid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Item::label).setHeader(getTranslation("items.label")).setFlexGrow(2);
        grid.addColumn(i -> i.description() == null ? "" : i.description()).setHeader(getTranslation("items.description"))
                .setFlexGrow(3);
        grid.addColumn(i -> getTranslation(i.active() ? "items.on" : "items.off")).setHeader(getTranslation("items.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> {
            Button edit = new Button(getTranslation("items.edit"), e -> editDialog(i).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("items.editLabel", i.label()));
            return edit;
        }).setHeader(getTranslation("items.actions")).setAutoWidth(true).setFrozenToEnd(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("items.empty"));
        grid.addClassName("items-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("items.title"));
        return grid;
    }

    private Dialog editDialog(Item item) {
        Dialog dialog = new Dialog(getTranslation("items.editLabel", item.label()));
        TextField label = new TextField(getTranslation("items.label"), item.label(), "");
        label.setMaxLength(ScorecardExtrasFacade.MAX_LABEL);
        TextField description = new TextField(getTranslation("items.description"),
                item.description() == null ? "" : item.description(), "");
        description.setMaxLength(ScorecardExtrasFacade.MAX_DESCRIPTION);
        Checkbox active = new Checkbox(getTranslation("items.activeLabel"), item.active());
        active.setHelperText(getTranslation("items.activeHelp"));
        Button save = new Button(getTranslation("items.save"), e -> {
            try {
                extras.updateItem(admin, item.id(), label.getValue(), description.getValue(), active.getValue());
                dialog.close();
                refresh();
            } catch (InvalidInputException ex) {
                label.setErrorMessage(getTranslation(ex.messageKey()));
                label.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(label, description, active));
        dialog.getFooter().add(new Button(getTranslation("interactions.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(32rem, 95vw)");
        return dialog;
    }

    private void refresh() {
        grid.setItems(extras.allItems(admin));
    }

    @Override
    public String titleKey() {
        return "title.scorecardItemsView";
    }
}
