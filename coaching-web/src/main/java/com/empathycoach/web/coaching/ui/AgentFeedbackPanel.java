package com.empathycoach.web.coaching.ui;

import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.feedback.ui.CustomerSummaryPanel;
import com.empathycoach.web.feedback.ui.PeerSummaryPanel;
import com.empathycoach.web.interaction.ui.ImpactPanel;
import com.empathycoach.web.profile.ui.ProfilePanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.List;
import java.util.stream.Collectors;
import com.empathycoach.web.drill.ui.SkillProfilePanel;

/** For the coach: the agent's empathy profile, what peers and customers said, and asking peers on their behalf. */
class AgentFeedbackPanel extends Div {

    private final transient FeedbackSources feedback;
    private final transient Actor coach;
    private final long agentId;
    private final Div peerSummary = new Div();

    AgentFeedbackPanel(FeedbackSources feedback, Actor coach, long agentId, String agentName) {
        this.feedback = feedback;
        this.coach = coach;
        this.agentId = agentId;
        addClassName("agent-feedback");
        Button ask = new Button(getTranslation("peer.coach.ask", agentName), e -> askDialog(agentName).open());
        ask.addClassName("ask-peers-for-agent");
        peerSummary.add(new PeerSummaryPanel(feedback.peers().summaryFor(coach, agentId), true));
        add(new ProfilePanel(feedback.profiles().of(coach, agentId), true),
                new SkillProfilePanel(feedback.drill().of(coach, agentId), true),
                new ImpactPanel(feedback.practice().impact(coach, agentId, getLocale()), true), peerSummary, ask,
                new CustomerSummaryPanel(feedback.customers().summaryFor(coach, agentId), true));
    }

    private Dialog askDialog(String agentName) {
        Dialog dialog = new Dialog(getTranslation("peer.coach.title", agentName));
        List<TeamMember> mates = feedback.peers().teammates(agentId);
        MultiSelectComboBox<TeamMember> who = new MultiSelectComboBox<>(getTranslation("peer.ask.who"));
        who.setItems(mates);
        who.setItemLabelGenerator(TeamMember::displayName);
        who.setHelperText(getTranslation("peer.ask.help", feedback.peers().threshold()));
        who.setWidthFull();
        who.addClassName("peer-choice");
        Button send = new Button(getTranslation("peer.ask.send"), e -> {
            if (who.getValue().isEmpty()) {
                who.setErrorMessage(getTranslation("feedback.peer.nobodyChosen"));
                who.setInvalid(true);
                return;
            }
            int opened = feedback.peers().askFor(coach, agentId,
                    who.getValue().stream().map(TeamMember::userId).collect(Collectors.toSet()));
            dialog.close();
            Notification.show(getTranslation("peer.ask.sent", opened), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("ask-peers");
        send.setEnabled(!mates.isEmpty());
        dialog.add(who);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.setWidth("min(28rem, 95vw)");
        return dialog;
    }
}
