package com.empathycoach.core.lesson;

import com.empathycoach.core.lesson.LessonViews.LessonStatus;
import com.empathycoach.core.lesson.LessonViews.MissedQuestion;
import com.empathycoach.core.lesson.LessonViews.ModuleOverview;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.lesson.LessonViews.Review;

import java.util.Locale;
import java.util.Optional;

/**
 * Puts the lesson records the facade builds into the reader's language where a translation exists. Only
 * words change: ids, right answers, ranks and scores always come from the module as played, and anything the
 * translation lacks stays in English.
 */
public final class LocalizedLessons {

    private final TranslatedContent translations;

    public LocalizedLessons(TranslatedContent translations) {
        this.translations = translations;
    }

    ModuleProgress progress(ModuleProgress m, Locale locale) {
        return translations.module(m.moduleId(), locale).map(t -> new ModuleProgress(m.moduleId(), t.title(), t.summary(),
                m.key(), m.lessonCount(), m.lessonsPassed(), m.lessonsAttempted(), m.lessonsInProgress(), m.nextLessonId(),
                m.nextLessonId() == null ? null : t.lesson(m.nextLessonId()).map(LessonContent::title)
                        .orElse(m.nextLessonTitle()))).orElse(m);
    }

    ModuleOverview overview(ModuleOverview m, Locale locale) {
        Optional<ModuleContent> t = translations.module(m.moduleId(), locale);
        if (t.isEmpty()) {
            return m;
        }
        return new ModuleOverview(m.moduleId(), t.get().title(), t.get().summary(), m.key(), m.passMark(),
                m.lessons().stream().map(l -> t.get().lesson(l.lessonId()).map(tl -> new LessonStatus(l.lessonId(), tl.title(),
                        tl.objective(), l.stepCount(), l.state(), l.bestScore(), l.completedAttempts(), l.lastActivity()))
                        .orElse(l)).toList());
    }

    LessonPlay play(LessonPlay p, Locale locale) {
        Optional<ModuleContent> module = translations.module(p.moduleId(), locale);
        Optional<LessonContent> lesson = module.flatMap(m -> m.lesson(p.lessonId()));
        if (lesson.isEmpty()) {
            return p;
        }
        LessonContent t = lesson.get();
        return new LessonPlay(p.attemptId(), p.moduleId(), module.get().title(), p.key(), p.lessonId(), t.title(), t.objective(),
                p.passMark(), p.attemptNo(), p.stepIndex(), p.steps().stream().map(s -> step(s, t)).toList(), p.completed(),
                p.score());
    }

    Review review(Review r, Locale locale) {
        Optional<LessonContent> lesson = translations.module(r.moduleId(), locale).flatMap(m -> m.lesson(r.lessonId()));
        if (lesson.isEmpty()) {
            return r;
        }
        return new Review(r.moduleId(), r.lessonId(), lesson.get().title(), r.score(), r.passMark(), r.missed().stream()
                .map(m -> new MissedQuestion(question(m.question(), lesson.get()), m.answer())).toList());
    }

    private static LessonStep step(LessonStep step, LessonContent translated) {
        return switch (step) {
            case LessonStep.CardStep c -> new LessonStep.CardStep(card(c.card(), translated));
            case LessonStep.QuestionStep q -> new LessonStep.QuestionStep(question(q.question(), translated), q.answer());
        };
    }

    private static Card card(Card english, LessonContent translated) {
        return translated.cards().stream().filter(c -> c.id().equals(english.id())).findFirst()
                .map(t -> new Card(english.id(), t.title(), t.body(), english.example().map(e -> example(e, t.example()))))
                .orElse(english);
    }

    private static WorkedExample example(WorkedExample english, Optional<WorkedExample> translated) {
        return translated.map(t -> new WorkedExample(english.channel(), t.customer(), t.weak(), t.strong(), t.why()))
                .orElse(english);
    }

    /** A question missed in the module's lesson, in the reader's language. */
    public MissedQuestion missed(String moduleId, String lessonId, MissedQuestion english, Locale locale) {
        return translations.module(moduleId, locale).flatMap(m -> m.lesson(lessonId))
                .map(t -> new MissedQuestion(question(english.question(), t), english.answer())).orElse(english);
    }

    /** The module's title in the reader's language, where translated. */
    public Optional<String> moduleTitle(String moduleId, Locale locale) {
        return translations.module(moduleId, locale).map(ModuleContent::title).filter(t -> !t.isBlank());
    }

    /** One question of a module's lesson in the reader's language, field by field where translated. */
    public Question question(String moduleId, String lessonId, Question english, Locale locale) {
        return translations.module(moduleId, locale).flatMap(m -> m.lesson(lessonId)).map(t -> question(english, t))
                .orElse(english);
    }

    static Question question(Question english, LessonContent translated) {
        return translated.question(english.id()).map(t -> new Question(english.id(), english.type(), english.key(),
                t.situation(), t.prompt(), t.customerMessage(), english.options().stream()
                .map(o -> t.option(o.id()).map(to -> new AnswerOption(o.id(), to.text(), o.correct(), o.rank(), to.explanation()))
                        .orElse(o)).toList())).orElse(english);
    }
}
