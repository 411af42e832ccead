package com.empathycoach.core.lesson;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.AttemptStore.AnswerTally;
import com.empathycoach.core.lesson.LessonViews.ItemFlag;
import com.empathycoach.core.lesson.LessonViews.OptionShare;
import com.empathycoach.core.lesson.LessonViews.QuestionInsight;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Item analysis for coaches, HR and authors: per question of a module, which options learners pick (every answer,
 * from the maintained counters), how many get it right on their first attempt at the lesson, and flags for items
 * that are too easy, too hard or have a wrong option more tempting than the right one.
 */
@Service
@Transactional(readOnly = true)
public class QuestionInsightsFacade {

    static final int TOO_EASY_PERCENT = 90;
    static final int TOO_HARD_PERCENT = 30;

    private final ContentCatalog catalog;
    private final AttemptStore attempts;
    private final TranslatedContent translations;

    public QuestionInsightsFacade(ContentCatalog catalog, AttemptStore attempts, TranslatedContent translations) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.translations = translations;
    }

    /** Every question of the module's current revision in the reader's language, answers on every revision. */
    public List<QuestionInsight> insights(Actor actor, String moduleId, Locale locale) {
        return insights(actor, moduleId, null, locale);
    }

    /** The revisions the module has had, oldest first: item statistics can be read for each one. */
    public List<Integer> revisions(Actor actor, String moduleId) {
        actor.requireAny(Role.COACH, Role.ADMIN, Role.HR, Role.AUTHOR);
        List<Integer> revisions = new ArrayList<>();
        for (int n = 1; catalog.revision(moduleId, n).isPresent(); n++) {
            revisions.add(n);
        }
        return revisions;
    }

    /**
     * Every question of one revision of the module (null: the current one, with answers given on any revision) in the
     * reader's language, in the module's order.
     */
    public List<QuestionInsight> insights(Actor actor, String moduleId, Integer revision, Locale locale) {
        actor.requireAny(Role.COACH, Role.ADMIN, Role.HR, Role.AUTHOR);
        ModuleContent module = (revision == null ? catalog.current(moduleId) : catalog.revision(moduleId, revision))
                .orElseThrow(() -> new UnknownContentException("module")).content();
        Map<String, Long> picks = new HashMap<>();
        attempts.picks(moduleId, revision).forEach(p -> picks.put(key(p.lessonId(), p.questionId(), p.optionId()), p.picks()));
        Map<String, AnswerTally> tallies = new HashMap<>();
        attempts.answerTallies(moduleId, revision).forEach(t -> tallies.put(key(t.lessonId(), t.questionId(), ""), t));
        List<QuestionInsight> insights = new ArrayList<>();
        for (LessonContent lesson : module.lessons()) {
            LessonContent shown = translations.module(moduleId, locale).flatMap(m -> m.lesson(lesson.id())).orElse(null);
            for (Question question : lesson.questions()) {
                List<Long> counts = question.options().stream()
                        .map(o -> picks.getOrDefault(key(lesson.id(), question.id(), o.id()), 0L)).toList();
                AnswerTally tally = tallies.getOrDefault(key(lesson.id(), question.id(), ""),
                        new AnswerTally(lesson.id(), question.id(), 0, 0, 0));
                insights.add(insight(lesson, shown, question, counts, tally));
            }
        }
        return insights;
    }

    private static QuestionInsight insight(LessonContent lesson, LessonContent shown, Question question, List<Long> counts,
                                           AnswerTally tally) {
        Question text = shown == null ? question : LocalizedLessons.question(question, shown);
        List<OptionShare> shares = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            long count = counts.get(i);
            shares.add(new OptionShare(text.options().get(i), count, percent(count, tally.answers())));
        }
        Integer firstTryPercent = tally.firstTries() == 0 ? null : percent(tally.firstTriesRight(), tally.firstTries());
        return new QuestionInsight(lesson.id(), shown == null ? lesson.title() : shown.title(), text, shares,
                tally.answers(), tally.firstTries(), firstTryPercent, flags(question, counts, tally, firstTryPercent));
    }

    /** Share of answers, capped at 100 in case the pick counters ran ahead of the answers kept. */
    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.min(100, Math.round(part * 100.0 / whole));
    }

    static Set<ItemFlag> flags(Question question, List<Long> counts, AnswerTally tally, Integer percent) {
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (percent != null && tally.firstTries() >= ItemFlag.MIN_ANSWERS) {
            if (percent >= TOO_EASY_PERCENT) {
                flags.add(ItemFlag.TOO_EASY);
            } else if (percent <= TOO_HARD_PERCENT) {
                flags.add(ItemFlag.TOO_HARD);
            }
        }
        long mostPickedWrong = 0;
        long leastPickedRight = Long.MAX_VALUE;
        for (int i = 0; i < question.options().size(); i++) {
            if (right(question, question.options().get(i))) {
                leastPickedRight = Math.min(leastPickedRight, counts.get(i));
            } else {
                mostPickedWrong = Math.max(mostPickedWrong, counts.get(i));
            }
        }
        if (tally.answers() >= ItemFlag.MIN_ANSWERS && mostPickedWrong > leastPickedRight) {
            flags.add(ItemFlag.TEMPTING_WRONG_OPTION);
        }
        return flags;
    }

    /** The option a learner should pick: a correct one, or for an ordering the one that belongs last (most empathetic). */
    public static boolean right(Question question, AnswerOption option) {
        return question.type() == QuestionType.ORDERING ? option.rank() == question.options().size() : option.correct();
    }

    private static String key(String lessonId, String questionId, String optionId) {
        return lessonId + "/" + questionId + "/" + optionId;
    }
}
