package com.empathycoach.core.roleplay;

import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the role-play screens show. */
public final class RolePlayViews {

    private RolePlayViews() {
    }

    public record ScenarioCard(String scenarioId, String title, String summary, Channel channel, String personaName,
                               int completedPlays, Integer bestOverall, boolean openPlay, Instant lastActivity) {
    }

    /**
     * One exchange of the transcript: what the customer said and how the agent answered. For a written
     * reply {@code analysis} holds the findings to highlight; for a choice {@code feedback} explains it.
     * {@code stronger} is set on weak points: the better reply to learn from.
     */
    /**
     * One turn of a play. For a written reply, {@code analysis} is today's analyzer reading it, and {@code scoredBy} the
     * analyzer version that scored it when it was sent (null for replies saved before versions were kept).
     */
    public record Exchange(int turnNo, String nodeId, String customer, String agentText, boolean written,
                           String feedback, Analysis analysis, int moodBefore, int moodAfter, ReviewStatus review,
                           boolean weak, String stronger, CoachReview coachReview, String scoredBy) {

        /** True when the reply was scored by another analyzer version than the one whose findings are shown. */
        public boolean scoredByAnotherVersion() {
            return analysis != null && scoredBy != null && !scoredBy.equals(analysis.version());
        }
    }

    /** A coach's review the agent has not opened yet, for their home view. */
    public record NewReview(long attemptId, int turnNo, String scenarioId, String scenarioTitle, String reviewerName,
                            Instant reviewedAt) {
    }

    /** One of the agent's written replies as their coach reviewed it: what the customer said, the reply, the review. */
    public record ReviewedReply(long attemptId, int attemptNo, int turnNo, String scenarioId, String scenarioTitle,
                                String customer, String reply, CoachReview review) {
    }

    public record Debrief(Scenario.Ending ending, Map<EmpathyKey, Integer> scores, int overall, List<Exchange> weakPoints,
                          boolean awaitingReview) {
        public Debrief {
            scores = Map.copyOf(scores);
            weakPoints = List.copyOf(weakPoints);
        }
    }

    /**
     * The state of one play. While open, {@code current} is the node waiting for the agent and
     * {@code turnNo} the number of the turn to take; once completed, {@code debrief} is set.
     */
    public record RolePlay(long attemptId, String scenarioId, String title, String summary, Channel channel,
                           Scenario.Persona persona, int attemptNo, int startMood, int mood, List<Exchange> transcript,
                           Optional<Scenario.Node> current, int turnNo, Optional<Debrief> debrief) {
        public RolePlay {
            transcript = List.copyOf(transcript);
        }

        public boolean completed() {
            return debrief.isPresent();
        }
    }

    /**
     * How learners handle one node of a scenario: for a choice node, how often each choice was picked (a weak
     * choice is one with a stronger reply to learn from); for a free-text node, how many replies were written and
     * by how many people.
     */
    public record NodeInsight(String nodeId, String customer, List<ChoiceShare> choices, String writtenPrompt,
                              long writtenReplies, long writers) {

        /** Written replies are shown once at least this many people wrote one, so none can be traced to its writer. */
        public static final int MIN_WRITERS = 3;

        public NodeInsight {
            choices = List.copyOf(choices);
        }

        public boolean written() {
            return writtenPrompt != null;
        }

        /** Whether enough people wrote here for their replies to be shown without pointing at anyone. */
        public boolean repliesShown() {
            return writers >= MIN_WRITERS;
        }
    }

    public record ChoiceShare(String choiceId, String text, boolean weak, long picks, int percent) {
    }
}
