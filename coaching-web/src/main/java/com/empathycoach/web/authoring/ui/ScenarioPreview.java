package com.empathycoach.web.authoring.ui;

import com.empathycoach.core.analysis.EmpathyAnalyzer;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.web.roleplay.ui.ReplyHighlight;
import com.empathycoach.web.shared.KeyNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A role-play draft as the author checks it: the outline of its branches (every node from the start, its choices with
 * their scores, mood change and where they lead; the endings), and playing it through as an agent would, choices,
 * written reply (scored by the analyzer) and ending. Nothing played here is stored.
 */
class ScenarioPreview extends Div {

    private static final int SHORT = 140;

    private final Select<String> language = new Select<>();
    private final Div outline = new Div();
    private final Div stage = new Div();
    private transient Optional<Scenario> english = Optional.empty();
    private transient Optional<Scenario> spanish = Optional.empty();
    private transient Scenario playing;
    private int mood;

    ScenarioPreview() {
        addClassName("scenario-preview");
        setWidthFull();
        language.setLabel(getTranslation("authoring.previewLanguage"));
        language.setItems("en", "es");
        language.setItemLabelGenerator(l -> getTranslation(l.equals("en") ? "authoring.english" : "authoring.spanish"));
        language.setValue("es".equals(getLocale().getLanguage()) ? "es" : "en");
        language.addValueChangeListener(e -> render());
        outline.addClassName("scenario-outline");
        stage.addClassName("preview-play");
        stage.getElement().setAttribute("aria-live", "polite");
        add(new H3(getTranslation("authoring.preview")), language, outline, stage);
    }

    void show(Optional<Scenario> english, Optional<Scenario> spanish) {
        this.english = english;
        this.spanish = spanish;
        render();
    }

    private void render() {
        Optional<Scenario> scenario = "es".equals(language.getValue()) ? spanish : english;
        outline.removeAll();
        stage.removeAll();
        if (scenario.isEmpty()) {
            outline.add(new Paragraph(getTranslation("authoring.previewNone")));
            return;
        }
        outline(scenario.get());
        Button play = new Button(getTranslation("authoring.playAsAgent"), e -> start(scenario.get()));
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClassName("play-as-agent");
        stage.add(play);
    }

    /** Nodes in the order a learner meets them from the start (breadth first), then the endings. */
    private void outline(Scenario scenario) {
        outline.add(new H4(getTranslation("authoring.outline")));
        UnorderedList nodes = new UnorderedList();
        for (Scenario.Node node : inPlayOrder(scenario)) {
            ListItem item = new ListItem(new Span(node.id() + ": " + shorten(node.customer())));
            item.addClassName("outline-node");
            UnorderedList branches = new UnorderedList();
            node.choices().forEach(c -> branches.add(new ListItem(getTranslation("authoring.outlineChoice", c.id(),
                    shorten(c.text()), c.total(), signed(c.mood()), c.next()))));
            node.freeText().ifPresent(f -> branches.add(new ListItem(getTranslation("authoring.outlineWritten",
                    f.next()))));
            item.add(branches);
            nodes.add(item);
        }
        UnorderedList endings = new UnorderedList();
        scenario.endings().forEach(e -> endings.add(new ListItem(e.id() + " · " + getTranslation("outcome."
                + e.outcome().name()) + ": " + shorten(e.customer()))));
        outline.add(nodes, new H4(getTranslation("authoring.endings")), endings);
    }

    static List<Scenario.Node> inPlayOrder(Scenario scenario) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(scenario.start()));
        List<Scenario.Node> order = new ArrayList<>();
        while (!todo.isEmpty()) {
            String id = todo.poll();
            Optional<Scenario.Node> node = scenario.node(id);
            if (node.isEmpty() || !seen.add(id)) {
                continue;
            }
            order.add(node.get());
            node.get().choices().forEach(c -> todo.add(c.next()));
            node.get().freeText().ifPresent(f -> todo.add(f.next()));
        }
        return order;
    }

    private void start(Scenario scenario) {
        playing = scenario;
        mood = scenario.persona().mood();
        step(scenario.start());
    }

    private void step(String id) {
        stage.removeAll();
        Optional<Scenario.Ending> ending = playing.ending(id);
        if (ending.isPresent()) {
            end(ending.get());
            return;
        }
        Scenario.Node node = playing.node(id).orElseThrow();
        Paragraph customer = new Paragraph(playing.persona().name() + ": " + node.customer());
        customer.getStyle().set("white-space", "pre-line");
        customer.addClassName("play-customer");
        stage.add(new H4(getTranslation("authoring.playing", playing.title())), moodLine(), customer);
        for (Scenario.Choice choice : node.choices()) {
            Paragraph text = new Paragraph(choice.text());
            text.getStyle().set("white-space", "pre-line");
            Button pick = new Button(getTranslation("authoring.playChoose", choice.id()), e -> chose(choice));
            pick.addClassName("play-choice");
            Div box = new Div(text, pick);
            box.addClassName("preview-card");
            stage.add(box);
        }
        node.freeText().ifPresent(this::writeReply);
    }

    private void chose(Scenario.Choice choice) {
        stage.removeAll();
        mood = Math.clamp(mood + choice.mood(), 0, 100);
        Paragraph feedback = new Paragraph(choice.feedback());
        feedback.addClassName("play-feedback");
        stage.add(new Paragraph(getTranslation("authoring.playScores", choice.total(), signed(choice.mood()))), feedback);
        if (choice.stronger() != null) {
            stage.add(new Paragraph(getTranslation("authoring.playStronger", choice.stronger())));
        }
        stage.add(moodLine(), next(choice.next()));
    }

    private void writeReply(Scenario.FreeText freeText) {
        TextArea reply = new TextArea(freeText.prompt());
        reply.setWidthFull();
        reply.setMinHeight("8rem");
        reply.addClassName("play-reply");
        Button send = new Button(getTranslation("authoring.playSend"), e -> {
            if (reply.getValue().isBlank()) {
                reply.setErrorMessage(getTranslation("authoring.playEmpty"));
                reply.setInvalid(true);
                return;
            }
            String text = reply.getValue();
            stage.removeAll();
            stage.add(new ReplyHighlight(text, EmpathyAnalyzer.builtIn().analyze(text), true), next(freeText.next()));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("play-send");
        stage.add(reply, send);
    }

    private void end(Scenario.Ending ending) {
        Paragraph customer = new Paragraph(playing.persona().name() + ": " + ending.customer());
        customer.getStyle().set("white-space", "pre-line");
        Paragraph outcome = new Paragraph(getTranslation("outcome." + ending.outcome().name()));
        outcome.addClassName("play-outcome");
        Button again = new Button(getTranslation("authoring.playAgain"), e -> start(playing));
        again.addClassName("play-again");
        Paragraph summary = new Paragraph(KeyNames.inText(ending.debrief(), this::getTranslation));
        stage.add(outcome, customer, summary, moodLine(), again);
    }

    private Button next(String id) {
        Button next = new Button(getTranslation("authoring.playNext"), e -> step(id));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("play-next");
        return next;
    }

    private Span moodLine() {
        Span line = new Span(getTranslation("roleplay.mood.label") + ": " + getTranslation("roleplay.mood.value",
                getTranslation("roleplay.mood.band." + Math.min(4, mood / 20)), mood));
        line.addClassName("play-mood");
        return line;
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : String.valueOf(value);
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SHORT ? flat : flat.substring(0, SHORT - 1) + "…";
    }
}
