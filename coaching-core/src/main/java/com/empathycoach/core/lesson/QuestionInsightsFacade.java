package com.empathycoach.core.lesson;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonViews.OptionShare;
import com.empathycoach.core.lesson.LessonViews.QuestionInsight;
import com.empathycoach.core.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which options learners pick for each question of a module, so coaches and authors see which wrong
 * answers are tempting. Reads the maintained counters, never the answers themselves.
 */
@Service
@Transactional(readOnly = true)
public class QuestionInsightsFacade {

    private final ContentCatalog catalog;
    private final AttemptStore attempts;

    public QuestionInsightsFacade(ContentCatalog catalog, AttemptStore attempts) {
        this.catalog = catalog;
        this.attempts = attempts;
    }

    public List<QuestionInsight> insights(Actor actor, String moduleId) {
        actor.requireAny(Role.COACH, Role.ADMIN, Role.HR);
        ModuleContent module = catalog.current(moduleId).orElseThrow(() -> new UnknownContentException("module"))
                .content();
        Map<String, Long> picks = new HashMap<>();
        attempts.picks(moduleId).forEach(p -> picks.put(key(p.lessonId(), p.questionId(), p.optionId()), p.picks()));
        List<QuestionInsight> insights = new ArrayList<>();
        for (LessonContent lesson : module.lessons()) {
            for (Question question : lesson.questions()) {
                List<Long> counts = question.options().stream()
                        .map(o -> picks.getOrDefault(key(lesson.id(), question.id(), o.id()), 0L)).toList();
                long total = counts.stream().mapToLong(Long::longValue).sum();
                List<OptionShare> shares = new ArrayList<>();
                for (int i = 0; i < question.options().size(); i++) {
                    long count = counts.get(i);
                    shares.add(new OptionShare(question.options().get(i), count,
                            total == 0 ? 0 : (int) Math.round(count * 100.0 / total)));
                }
                insights.add(new QuestionInsight(lesson.id(), lesson.title(), question, shares, total));
            }
        }
        return insights;
    }

    private static String key(String lessonId, String questionId, String optionId) {
        return lessonId + "/" + questionId + "/" + optionId;
    }
}
