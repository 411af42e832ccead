package com.empathycoach.web.authoring.ui;

import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.Card;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.web.shared.MarkdownText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

import java.util.Optional;

/** A lesson of the draft as agents will read it: cards paragraph by paragraph, then questions with their answers and why. */
class ModulePreview extends Div {

    private final Select<String> language = new Select<>();
    private final Select<LessonContent> lesson = new Select<>();
    private final Div body = new Div();
    private transient Optional<ModuleContent> english = Optional.empty();
    private transient Optional<ModuleContent> spanish = Optional.empty();

    ModulePreview() {
        addClassName("module-preview");
        setWidthFull();
        language.setLabel(getTranslation("authoring.previewLanguage"));
        language.setItems("en", "es");
        language.setItemLabelGenerator(l -> getTranslation(l.equals("en") ? "authoring.english" : "authoring.spanish"));
        language.setValue("es".equals(getLocale().getLanguage()) ? "es" : "en");
        language.addValueChangeListener(e -> showLessons());
        lesson.setLabel(getTranslation("authoring.previewLesson"));
        lesson.setItemLabelGenerator(l -> l.title().isBlank() ? l.id() : l.title());
        lesson.addValueChangeListener(e -> showLesson(e.getValue()));
        add(new H3(getTranslation("authoring.preview")), language, lesson, body);
    }

    void show(Optional<ModuleContent> english, Optional<ModuleContent> spanish) {
        this.english = english;
        this.spanish = spanish;
        showLessons();
    }

    private void showLessons() {
        Optional<ModuleContent> module = "es".equals(language.getValue()) ? spanish : english;
        String selected = lesson.getValue() == null ? null : lesson.getValue().id();
        if (module.isEmpty()) {
            lesson.setItems();
            body.removeAll();
            body.add(new Paragraph(getTranslation("authoring.previewNone")));
            return;
        }
        lesson.setItems(module.get().lessons());
        lesson.setValue(module.get().lessons().stream().filter(l -> l.id().equals(selected)).findFirst()
                .orElse(module.get().lessons().getFirst()));
    }

    private void showLesson(LessonContent content) {
        body.removeAll();
        if (content == null) {
            return;
        }
        body.add(new Paragraph(content.objective()));
        for (Card card : content.cards()) {
            Div box = new Div(new H4(card.title()));
            MarkdownText.render(card.body()).forEach(box::add);
            box.addClassName("preview-card");
            body.add(box);
        }
        content.questions().forEach(q -> body.add(question(q)));
    }

    private Div question(Question q) {
        Div box = new Div(new H4(q.prompt()));
        box.addClassName("preview-question");
        if (q.customerMessage() != null) {
            box.add(new Paragraph(getTranslation("authoring.customerSays", q.customerMessage())));
        }
        UnorderedList options = new UnorderedList();
        for (AnswerOption o : q.options()) {
            String mark = q.type() == QuestionType.ORDERING ? getTranslation("authoring.rank", o.rank())
                    : getTranslation(o.correct() ? "authoring.right" : "authoring.wrong");
            options.add(new ListItem(mark + " · " + o.text() + " — " + o.explanation()));
        }
        box.add(options);
        return box;
    }
}
