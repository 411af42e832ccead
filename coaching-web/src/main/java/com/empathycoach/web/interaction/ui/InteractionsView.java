package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionTooLargeException;
import com.empathycoach.core.interaction.InteractionViews.Ingested;
import com.empathycoach.core.interaction.InteractionViews.Summary;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.interaction.SettledScores;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.web.shared.Paging;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Real interactions with the analyzer's first score: an agent sees their own, a coach their agents', HR and admins
 * everyone's. A coach can paste a transcript ("Customer:" / "Agent:" lines); personal data is redacted first.
 */
@Route(InteractionsView.PATH)
@Menu(order = 15, title = "menu.interactions", icon = "vaadin:comments-o")
@RolesAllowed({"AGENT", "COACH", "HR", "ADMIN"})
class InteractionsView extends VerticalLayout implements LocalizedTitle {

    static final String PATH = "interactions";

    private final transient CurrentUser currentUser;
    private final transient InteractionFacade interactions;
    private final Grid<Summary> grid = new Grid<>();
    private final com.vaadin.flow.component.html.Paragraph empty;

    InteractionsView(CurrentUser currentUser, InteractionFacade interactions,
                     ScorecardFacade scorecards) {
        this.currentUser = currentUser;
        this.interactions = interactions;
        addClassName("interactions-view");
        empty = EmptyState.of(getTranslation("interactions.empty"));
        add(new H2(getTranslation("interactions.title")), new Paragraph(getTranslation("interactions.intro")));
        if (currentUser.actor().has(Role.COACH)) {
            Button paste = new Button(getTranslation("interactions.paste"), e -> pasteDialog().open());
            paste.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            paste.addClassName("paste-transcript");
            Button batch = new Button(getTranslation("batch.button"),
                    e -> new BatchImportDialog(interactions, currentUser.actor(), this::refresh).open());
            batch.addClassName("import-batch");
            var actions = new com.vaadin.flow.component.orderedlayout.FlexLayout(paste, batch);
            actions.setFlexWrap(com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap.WRAP);
            actions.getStyle().set("gap", "var(--lumo-space-s)");
            add(actions);
        }
        if (!currentUser.actor().roles().equals(Set.of(Role.AGENT))) {
            Anchor export = new Anchor(
                    (DownloadHandler) event -> {
                        event.setFileName("qa-settled-scores.jsonl");
                        event.setContentType("application/jsonl; charset=UTF-8");
                        try (OutputStream out = event.getOutputStream()) {
                            SettledScores.write(out,
                                    scorecards.settledExamples(currentUser.actor()));
                        }
                    }, getTranslation("interactions.exportSettled"));
            export.getElement().setAttribute("download", true);
            export.addClassName("export-settled");
            add(export);
        }
        empty.setVisible(interactions.count(currentUser.actor()) == 0);
        add(empty);
        add(grid());
    }

    private Grid<Summary> grid() {
        DateTimeFormatter when = Formats.dateTime(getLocale());
        grid.addColumn(s -> when.format(s.occurredAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("interactions.when")).setAutoWidth(true);
        if (!currentUser.actor().roles().equals(Set.of(Role.AGENT))) {
            grid.addColumn(Summary::agentName).setHeader(getTranslation("interactions.agent")).setAutoWidth(true);
        }
        grid.addColumn(s -> getTranslation("channel." + s.channel().name())).setHeader(getTranslation("interactions.channel"));
        grid.addColumn(Summary::agentTurns).setHeader(getTranslation("interactions.agentTurns"));
        grid.addColumn(Summary::overall).setHeader(getTranslation("interactions.score"));
        grid.setItems(query -> interactions.list(currentUser.actor(), Paging.page(query)).stream(),
                query -> interactions.count(currentUser.actor()));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.addClassName("interactions-grid");
        grid.setHeight("min(70vh, 32rem)");
        grid.getElement().setAttribute("aria-label", getTranslation("interactions.title"));
        return grid;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        empty.setVisible(interactions.count(currentUser.actor()) == 0);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(PATH + "/" + id));
    }

    private Dialog pasteDialog() {
        Dialog dialog = new Dialog(getTranslation("interactions.paste"));
        ComboBox<UserAccount> agent = new ComboBox<>(getTranslation("interactions.agent"));
        agent.setItems(interactions.agentsOf(currentUser.actor()));
        agent.setItemLabelGenerator(UserAccount::displayName);
        agent.setRequiredIndicatorVisible(true);
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("interactions.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(Channel.CHAT);
        TextArea transcript = new TextArea(getTranslation("interactions.transcript"));
        transcript.setHelperText(getTranslation("interactions.transcriptHelp"));
        transcript.setWidthFull();
        transcript.setMinHeight("12rem");
        transcript.setMaxLength(InteractionFacade.MAX_TURN_CHARS);
        Button save = new Button(getTranslation("interactions.analyse"), e -> paste(dialog, agent, channel, transcript));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        Button cancel = new Button(getTranslation("interactions.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(agent, channel, transcript));
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(40rem, 95vw)");
        return dialog;
    }

    private void paste(Dialog dialog, ComboBox<UserAccount> agent, Select<Channel> channel, TextArea transcript) {
        agent.setInvalid(false);
        transcript.setInvalid(false);
        if (agent.getValue() == null) {
            agent.setErrorMessage(getTranslation("interactions.pickAgent"));
            agent.setInvalid(true);
            return;
        }
        try {
            Ingested saved = interactions.paste(currentUser.actor(), agent.getValue().username(), channel.getValue().name(),
                    transcript.getValue());
            dialog.close();
            open(saved.interaction().id());
        } catch (InvalidInputException e) {
            transcript.setErrorMessage(getTranslation(e.messageKey()));
            transcript.setInvalid(true);
        } catch (InteractionTooLargeException e) {
            transcript.setErrorMessage(getTranslation("interactions.error.tooLarge"));
            transcript.setInvalid(true);
        }
    }

    @Override
    public String titleKey() {
        return "title.interactionsView";
    }
}
