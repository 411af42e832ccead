package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.Scorecard.Status;
import com.empathycoach.core.interaction.Scorecard;
import com.empathycoach.core.interaction.ScorecardExtrasFacade;
import com.empathycoach.core.interaction.ScorecardExtrasStore;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The QA scorecard of one interaction, as the actor may use it: score, self-review, acknowledge, dispute, settle. */
class ScorecardPanel extends Div {


    private final transient ScorecardFacade scorecards;
    private final transient Actor actor;
    private final transient Interaction interaction;
    private final transient Function<Optional<Scorecard>, Component> practice;
    private final transient ScorecardExtrasFacade extras;
    private final transient Runnable changed;

    /** {@code changed} runs after every change, to redraw what depends on the scorecard (the whole view). */
    ScorecardPanel(ScorecardFacade scorecards, ScorecardExtrasFacade extras, Actor actor, Interaction interaction,
                   Function<Optional<Scorecard>, Component> practice, Runnable changed) {
        this.scorecards = scorecards;
        this.extras = extras;
        this.changed = changed;
        this.practice = practice;
        this.actor = actor;
        this.interaction = interaction;
        addClassName("scorecard");
        build();
    }

    private void build() {
        removeAll();
        add(new H3(getTranslation("scorecard.title")));
        Optional<Scorecard> card = scorecards.view(actor, interaction.id());
        card.ifPresent(this::showCard);
        boolean agent = actor.userId() == interaction.agentId();
        if (agent && card.map(c -> c.selfAt() == null).orElse(true)) {
            add(selfReviewForm(card.isPresent() && card.get().scored()));
        } else if (agent && card.map(c -> c.status() == Status.SCORED || c.status() == Status.ACKNOWLEDGED).orElse(false)) {
            add(agentActions(card.get()));
        }
        boolean closed = card.map(c -> c.status() == Status.DISPUTED || c.status() == Status.RESOLVED).orElse(false);
        boolean mayScore = !agent && scorecards.mayScore(actor, interaction.id());
        if (mayScore && !closed) {
            add(scoreForm(card));
        }
        if (mayScore) {
            add(practice.apply(card));
        }
        if (card.map(c -> c.status() == Status.DISPUTED).orElse(false) && scorecards.mayResolve(actor, interaction.id())) {
            add(resolveForm(card.get()));
        }
        if (card.isEmpty() && !agent && !mayScore) {
            add(new Paragraph(getTranslation("scorecard.none")));
        }
    }

    private void showCard(Scorecard card) {
        add(new Paragraph(getTranslation("scorecard.status." + card.status().name())));
        if (card.scoresHidden()) {
            add(new Paragraph(getTranslation("scorecard.hidden")));
            return;
        }
        UnorderedList rows = new UnorderedList();
        rows.addClassName("scorecard-rows");
        Map<EmpathyKey, Integer> gap = card.gap();
        for (EmpathyKey key : EmpathyKey.values()) {
            // A dash, as elsewhere in the app, for what is not there yet.
            String coach = card.scored() ? value(card.scores().get(key)) : "\u2014";
            String own = card.selfAt() == null ? "\u2014" : value(card.self().get(key));
            String line = getTranslation("scorecard.row", getTranslation("key." + key.name()), coach, own,
                    gap.containsKey(key) ? String.format("%+d", gap.get(key)) : "\u2014");
            String comment = card.comments().get(key);
            rows.add(new ListItem(comment == null ? line : line + " · " + comment));
        }
        extras.itemScores(actor, interaction.id()).forEach(item -> {
            String line = getTranslation("scorecard.itemRow", item.label(), value(item.score()));
            rows.add(new ListItem(item.comment() == null ? line : line + " · " + item.comment()));
        });
        add(rows);
        if (card.disputeReason() != null) {
            add(new Paragraph(getTranslation("scorecard.disputeReason", card.disputeReason())));
        }
        if (card.resolutionNote() != null) {
            add(new Paragraph(getTranslation("scorecard.resolution", card.resolverName(), card.resolutionNote())));
        }
    }

    private String value(Integer score) {
        return score == null ? getTranslation("scorecard.na") : String.valueOf(score);
    }

    private Map<EmpathyKey, Select<Integer>> selects(Map<EmpathyKey, Integer> start) {
        return ScoreSelects.create(this, start);
    }

    private static Map<EmpathyKey, Integer> values(Map<EmpathyKey, Select<Integer>> selects) {
        return ScoreSelects.values(selects);
    }

    private Div scoreForm(Optional<Scorecard> card) {
        Div form = new Div();
        form.addClassName("score-form");
        Map<EmpathyKey, Select<Integer>> selects = selects(card.filter(Scorecard::scored).map(Scorecard::scores)
                .orElse(ScorecardFacade.suggestion(interaction)));
        Map<EmpathyKey, TextField> comments = new EnumMap<>(EmpathyKey.class);
        form.add(new Paragraph(getTranslation("scorecard.suggested")));
        for (EmpathyKey key : EmpathyKey.values()) {
            TextField comment = new TextField(getTranslation("scorecard.comment"));
            comment.setMaxLength(ScorecardFacade.MAX_TEXT);
            comment.setValue(card.map(c -> c.comments().getOrDefault(key, "")).orElse(""));
            comments.put(key, comment);
            FlexLayout row = new FlexLayout(selects.get(key), comment);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            form.add(row);
        }
        Map<Long, ItemFields> itemFields = itemRows(form);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button save = new Button(getTranslation("scorecard.save"), e -> act(error, () -> {
            Map<EmpathyKey, String> texts = new EnumMap<>(EmpathyKey.class);
            comments.forEach((key, field) -> {
                if (!field.getValue().isBlank()) {
                    texts.put(key, field.getValue().strip());
                }
            });
            extras.score(actor, interaction.id(), values(selects), texts, itemValues(itemFields), itemTexts(itemFields));
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-scorecard");
        form.add(error, save);
        return form;
    }

    /** A score and a comment field for one of the organisation's own items. */
    private record ItemFields(Select<Integer> select, TextField comment) {
    }

    private static Map<Long, Integer> itemValues(Map<Long, ItemFields> fields) {
        Map<Long, Integer> values = new java.util.HashMap<>();
        fields.forEach((id, pair) -> {
            Integer v = pair.select().getValue();
            values.put(id, v == null || v == 0 ? null : v);
        });
        return values;
    }

    private static Map<Long, String> itemTexts(Map<Long, ItemFields> fields) {
        Map<Long, String> texts = new java.util.HashMap<>();
        fields.forEach((id, pair) -> {
            if (!pair.comment().getValue().isBlank()) {
                texts.put(id, pair.comment().getValue().strip());
            }
        });
        return texts;
    }

    /** The organisation's active items (and any inactive one already scored here), each as a row of the form. */
    private Map<Long, ItemFields> itemRows(Div form) {
        Map<Long, ScorecardExtrasStore.ItemScore> given = new java.util.HashMap<>();
        extras.itemScores(actor, interaction.id()).forEach(s -> given.put(s.itemId(), s));
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        extras.activeItems().forEach(i -> labels.put(i.id(), i.label()));
        given.values().forEach(s -> labels.putIfAbsent(s.itemId(), s.label()));
        Map<Long, ItemFields> fields = new java.util.LinkedHashMap<>();
        labels.forEach((id, label) -> {
            Select<Integer> select = ScoreSelects.scale(this, label, Optional.ofNullable(given.get(id))
                    .map(ScorecardExtrasStore.ItemScore::score).orElse(0));
            select.addClassName("score-item");
            TextField comment = new TextField(getTranslation("scorecard.comment"));
            comment.setMaxLength(ScorecardFacade.MAX_TEXT);
            comment.setValue(Optional.ofNullable(given.get(id)).map(ScorecardExtrasStore.ItemScore::comment).orElse(""));
            FlexLayout row = new FlexLayout(select, comment);
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "var(--lumo-space-s)");
            form.add(row);
            fields.put(id, new ItemFields(select, comment));
        });
        return fields;
    }

    private Div selfReviewForm(boolean coachHasScored) {
        Div form = new Div();
        form.addClassName("self-review");
        form.add(new Paragraph(getTranslation(coachHasScored ? "scorecard.selfFirst" : "scorecard.selfIntro")));
        Map<EmpathyKey, Select<Integer>> selects = selects(Map.of());
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        selects.values().forEach(row::add);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button save = new Button(getTranslation("scorecard.saveSelf"),
                e -> act(error, () -> scorecards.selfReview(actor, interaction.id(), values(selects))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-self-review");
        form.add(row, error, save);
        return form;
    }

    private Div agentActions(Scorecard card) {
        Div actions = new Div();
        actions.addClassName("agent-actions");
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        if (card.status() == Status.SCORED) {
            Button ok = new Button(getTranslation("scorecard.acknowledge"),
                    e -> act(error, () -> scorecards.acknowledge(actor, interaction.id())));
            ok.addClassName("acknowledge");
            actions.add(ok);
        }
        TextArea reason = new TextArea(getTranslation("scorecard.reason"));
        reason.setMaxLength(ScorecardFacade.MAX_TEXT);
        reason.setWidthFull();
        Button dispute = new Button(getTranslation("scorecard.dispute"),
                e -> act(error, () -> scorecards.dispute(actor, interaction.id(), reason.getValue())));
        dispute.addClassName("dispute");
        actions.add(reason, error, dispute);
        return actions;
    }

    private Div resolveForm(Scorecard card) {
        Div form = new Div();
        form.addClassName("resolve-form");
        form.add(new Paragraph(getTranslation("scorecard.resolveIntro")));
        Map<EmpathyKey, Select<Integer>> selects = selects(card.scores());
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        selects.values().forEach(row::add);
        TextArea note = new TextArea(getTranslation("scorecard.note"));
        note.setMaxLength(ScorecardFacade.MAX_TEXT);
        note.setWidthFull();
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button uphold = new Button(getTranslation("scorecard.uphold"),
                e -> act(error, () -> scorecards.resolve(actor, interaction.id(), null, note.getValue())));
        uphold.addClassName("uphold");
        Button change = new Button(getTranslation("scorecard.change"),
                e -> act(error, () -> scorecards.resolve(actor, interaction.id(), values(selects), note.getValue())));
        change.addClassName("change-score");
        form.add(row, note, error, uphold, change);
        return form;
    }

    private void act(Paragraph error, Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (InvalidInputException e) {
            error.setText(getTranslation(e.messageKey()));
        }
    }
}
