package com.empathycoach.web.feedback.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Paging;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Peer feedback for an agent: answer what teammates asked, ask teammates, and read what peers said
 * taken together. A request shows only whether it is still waiting, not whether it was answered or
 * declined, so the summary cannot be traced back to a person.
 */
@Route("feedback/peers")
@Menu(order = 5, title = "menu.peerFeedback", icon = "vaadin:handshake")
@RolesAllowed("AGENT")
class PeerFeedbackView extends VerticalLayout implements LocalizedTitle {

    private final transient PeerFeedbackFacade peers;
    private final transient CurrentUser currentUser;
    private final Div waiting = new Div();
    private final Div summary = new Div();
    private final Grid<PeerRequest> requests = new Grid<>();

    PeerFeedbackView(PeerFeedbackFacade peers, CurrentUser currentUser) {
        this.peers = peers;
        this.currentUser = currentUser;
        addClassName("peer-feedback");
        waiting.addClassName("peer-waiting");
        add(new H2(getTranslation("peer.title")), new H3(getTranslation("peer.waiting.title")), waiting,
                new H3(getTranslation("peer.ask.title")), askForm(), summary,
                new H3(getTranslation("peer.requests.title")),
                new Paragraph(getTranslation("peer.requests.pending", peers.threshold())), requests);
        configureRequests();
        refresh();
    }

    private HorizontalLayout askForm() {
        List<TeamMember> teammates = peers.myTeammates(actor());
        MultiSelectComboBox<TeamMember> mates = new MultiSelectComboBox<>(getTranslation("peer.ask.who"));
        mates.setItems(teammates);
        mates.setItemLabelGenerator(TeamMember::displayName);
        mates.setHelperText(getTranslation("peer.ask.help", peers.threshold()));
        mates.addClassName("peer-choice");
        mates.setWidth("min(28rem, 100%)");
        Button ask = new Button(getTranslation("peer.ask.send"), e -> {
            if (mates.getValue().isEmpty()) {
                mates.setErrorMessage(getTranslation("feedback.peer.nobodyChosen"));
                mates.setInvalid(true);
                return;
            }
            int opened = peers.ask(actor(), mates.getValue().stream().map(TeamMember::userId).collect(Collectors.toSet()));
            mates.clear();
            mates.setInvalid(false);
            Notification.show(getTranslation("peer.ask.sent", opened), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClassName("ask-peers");
        // A second click while the first is handled would find the choice already emptied.
        ask.setDisableOnClick(true);
        ask.addClickListener(e -> ask.setEnabled(true));
        HorizontalLayout form = new HorizontalLayout(mates, ask);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        if (teammates.isEmpty()) {
            mates.setEnabled(false);
            ask.setEnabled(false);
            mates.setHelperText(getTranslation("peer.ask.noTeammates"));
        }
        return form;
    }

    private void configureRequests() {
        DateTimeFormatter date = Formats.date(getLocale())
                .withZone(ZoneId.systemDefault());
        requests.addClassName("peer-requests");
        requests.addThemeVariants(GridVariant.LUMO_COMPACT);
        requests.addColumn(PeerRequest::peerName).setHeader(getTranslation("peer.requests.peer")).setFlexGrow(2);
        requests.addColumn(r -> date.format(r.createdAt())).setHeader(getTranslation("peer.requests.asked")).setAutoWidth(true);
        requests.addColumn(r -> getTranslation(switch (r.status()) {
                    case OPEN -> "peer.requests.open";
                    case WITHDRAWN -> "peer.requests.withdrawn";
                    default -> "peer.requests.closed";
                }))
                .setHeader(getTranslation("peer.requests.state")).setAutoWidth(true);
        requests.addComponentColumn(r -> {
            Button withdraw = new Button(getTranslation("peer.requests.withdraw"), e -> {
                // Asked once more: a withdrawn request cannot be reopened, only asked again.
                com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                        new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                                getTranslation("peer.requests.withdrawTitle", r.peerName()),
                                getTranslation("peer.requests.withdrawText"), getTranslation("peer.requests.withdraw"),
                                ok -> {
                                    peers.withdraw(actor(), r.id());
                                    refresh();
                                });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.addClassName("confirm-withdraw");
                confirm.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            withdraw.setAriaLabel(getTranslation("peer.requests.withdrawLabel", r.peerName()));
            withdraw.setVisible(r.status() == PeerRequest.Status.OPEN);
            return withdraw;
        }).setHeader(getTranslation("customer.links.actions")).setAutoWidth(true).setFrozenToEnd(true);
        requests.setEmptyStateText(getTranslation("peer.requests.none"));
        requests.setHeight("22rem");
        requests.setItems(query -> peers.myRequests(actor(), Paging.page(query)).stream(),
                query -> peers.countMyRequests(actor()));
    }

    private void refresh() {
        waiting.removeAll();
        List<PeerRequest> open = peers.waitingForMe(actor());
        if (open.isEmpty()) {
            waiting.add(EmptyState.of(getTranslation("peer.waiting.none")));
        }
        for (PeerRequest request : open) {
            Button give = new Button(getTranslation("peer.waiting.give"), e -> new PeerAnswerDialog(request, answer -> {
                peers.give(actor(), request.id(), answer);
                Notification.show(getTranslation("peer.answer.thanks"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }).open());
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            give.addClassName("give-feedback");
            Button decline = new Button(getTranslation("peer.waiting.decline"), e -> {
                peers.decline(actor(), request.id());
                refresh();
            });
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("peer.waiting.line", request.agentName())), give, decline);
            row.setAlignItems(Alignment.CENTER);
            row.addClassName("peer-waiting-row");
            waiting.add(row);
        }
        summary.removeAll();
        summary.add(new PeerSummaryPanel(peers.mySummary(actor())));
        requests.getDataProvider().refreshAll();
        if (open.isEmpty() && peers.countMyRequests(actor()) == 0) {
            summary.add(new Paragraph(getTranslation("peer.start")));
        }
    }

    private Actor actor() {
        return currentUser.actor();
    }

    @Override
    public String titleKey() {
        return "title.peerFeedbackView";
    }
}
