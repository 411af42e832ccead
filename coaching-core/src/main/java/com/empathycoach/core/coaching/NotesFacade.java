package com.empathycoach.core.coaching;

import com.empathycoach.core.coaching.NoteEvents.NoteWritten;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * 1:1 coaching notes: a focus key, what went well, what to try next and a follow-up date. The agent
 * acknowledges each and may reply; notes left unacknowledged longer than the set time are shown to the coach.
 */
@Service
@Transactional
public class NotesFacade {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_REPLY = 1000;

    private final NoteStore notes;
    private final AccessFacade coaches;
    private final IdentityStore identity;
    private final CoachingFacade coaching;
    private final ApplicationEventPublisher events;
    private final Duration acknowledgeWithin;

    /** Dates and times come from {@code coaching}: the organisation's calendar and the application's clock. */
    public NotesFacade(NoteStore notes, AccessFacade coaches, IdentityStore identity, CoachingFacade coaching,
                       ApplicationEventPublisher events,
                       @Value("${empathy.notes.acknowledge-within:P3D}") Duration acknowledgeWithin) {
        this.notes = notes;
        this.coaches = coaches;
        this.identity = identity;
        this.coaching = coaching;
        this.events = events;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    public long write(Actor coach, long agentId, EmpathyKey focus, String wentWell, String tryNext, LocalDate followUpOn) {
        coaches.requireCoachOf(coach, agentId);
        if (focus == null) {
            throw new InvalidInputException("focus", "notes.focusMissing");
        }
        String well = required("wentWell", wentWell);
        String next = required("tryNext", tryNext);
        if (followUpOn == null) {
            throw new InvalidInputException("followUp", "notes.followUpMissing");
        }
        if (followUpOn.isBefore(coaching.today())) {
            throw new InvalidInputException("followUp", "notes.followUpPast");
        }
        long id = notes.create(coach.userId(), agentId, focus, well, next, followUpOn, coaching.now());
        String coachName = identity.user(coach.userId()).map(u -> u.displayName()).orElse(coach.username());
        events.publishEvent(new NoteWritten(id, agentId, coachName));
        return id;
    }

    @Transactional(readOnly = true)
    public List<CoachingNote> forAgent(Actor coach, long agentId) {
        coaches.requireCoachOf(coach, agentId);
        return notes.forAgent(agentId);
    }

    @Transactional(readOnly = true)
    public List<CoachingNote> mine(Actor agent) {
        return notes.forAgent(agent.userId());
    }

    public void acknowledge(Actor agent, long noteId, String reply) {
        CoachingNote note = notes.note(noteId).orElseThrow(() -> new UnknownContentException("note"));
        if (note.agentId() != agent.userId()) {
            throw new NotAllowedException(agent.username() + " cannot acknowledge note " + noteId);
        }
        String text = reply == null || reply.isBlank() ? null : reply.strip();
        if (text != null && text.length() > MAX_REPLY) {
            throw new InvalidInputException("reply", "notes.replyTooLong");
        }
        notes.acknowledge(noteId, text, coaching.now());
    }

    /** The coach's notes still unacknowledged after the set time. */
    @Transactional(readOnly = true)
    public List<CoachingNote> awaitingAcknowledgement(Actor coach) {
        coach.require(Role.COACH);
        return notes.unacknowledged(coach.userId(), coaching.now().minus(acknowledgeWithin));
    }

    public Duration acknowledgeWithin() {
        return acknowledgeWithin;
    }

    private static String required(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(field, "notes.textMissing");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "notes.textTooLong");
        }
        return value;
    }
}
