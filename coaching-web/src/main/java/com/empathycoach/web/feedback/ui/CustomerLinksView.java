package com.empathycoach.web.feedback.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.CustomerSummary;
import com.empathycoach.core.feedback.FeedbackLink;
import com.empathycoach.core.feedback.NewLink;
import com.empathycoach.core.shared.Page;
import com.empathycoach.web.shared.PublicUrls;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The agent's customer feedback: make a one-time link (with its QR code), see past links and what customers said. */
@Route("feedback/customers")
@Menu(order = 6, title = "menu.customerFeedback", icon = "vaadin:smiley-o")
@RolesAllowed("AGENT")
class CustomerLinksView extends VerticalLayout implements LocalizedTitle {

    private final transient CustomerFeedbackFacade feedback;
    private final transient CurrentUser currentUser;
    private final transient PublicUrls urls;
    private final Grid<FeedbackLink> links = new Grid<>();
    private final VerticalLayout summary = new VerticalLayout();

    CustomerLinksView(CustomerFeedbackFacade feedback, CurrentUser currentUser, PublicUrls urls) {
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.urls = urls;
        addClassName("customer-links");
        Button create = new Button(getTranslation("customer.links.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-link");
        summary.setPadding(false);
        add(new H2(getTranslation("customer.links.title")), new Paragraph(getTranslation("customer.links.intro",
                feedback.validFor().toDays())), create, summary, new H3(getTranslation("customer.links.history")), links);
        configureGrid();
        showSummary();
    }

    private void create() {
        NewLink link = feedback.createLink(currentUser.actor());
        String url = urls.feedbackLink(link.token());
        new NewLinkDialog(url, link.expiresAt()).open();
        links.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        DateTimeFormatter when = Formats.dateTime(getLocale())
                .withZone(ZoneId.systemDefault());
        links.addClassName("link-history");
        links.addThemeVariants(GridVariant.LUMO_COMPACT);
        links.addColumn(l -> when.format(l.createdAt())).setHeader(getTranslation("customer.links.created")).setAutoWidth(true);
        links.addColumn(l -> getTranslation("customer.links.origin." + l.origin())).setHeader(getTranslation("customer.links.madeBy"));
        links.addColumn(l -> when.format(l.expiresAt())).setHeader(getTranslation("customer.links.expires")).setAutoWidth(true);
        links.addColumn(l -> getTranslation("customer.links.state." + l.state(feedback.now())))
                .setHeader(getTranslation("customer.links.state"));
        links.addComponentColumn(this::revokeButton).setHeader(getTranslation("customer.links.actions")).setAutoWidth(true)
                .setFrozenToEnd(true);
        links.setItems(query -> feedback.myLinks(currentUser.actor(), new Page(query.getOffset(), query.getLimit())).stream(),
                query -> feedback.countMyLinks(currentUser.actor()));
        links.setEmptyStateText(getTranslation("customer.links.none"));
        links.setAllRowsVisible(false);
        links.setHeight("22rem");
    }

    private Button revokeButton(FeedbackLink link) {
        Button revoke = new Button(getTranslation("customer.links.revoke"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("customer.links.revokeTitle"),
                    getTranslation("customer.links.revokeText"), getTranslation("customer.links.revoke"), ok -> {
                        feedback.revoke(currentUser.actor(), link.id());
                        links.getDataProvider().refreshAll();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            com.empathycoach.web.shared.Confirmations.openFocusingCancel(confirm);
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(link.state(feedback.now()) == FeedbackLink.State.OPEN);
        revoke.setAriaLabel(getTranslation("customer.links.revokeLabel"));
        return revoke;
    }

    private void showSummary() {
        summary.removeAll();
        CustomerSummary s = feedback.mySummary(currentUser.actor());
        summary.add(new CustomerSummaryPanel(s));
    }

    @Override
    public String titleKey() {
        return "title.customerLinksView";
    }
}
