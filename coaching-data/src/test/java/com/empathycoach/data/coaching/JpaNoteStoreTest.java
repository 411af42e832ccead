package com.empathycoach.data.coaching;

import com.empathycoach.core.coaching.CoachingNote;
import com.empathycoach.core.coaching.NoteStore;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JpaNoteStoreTest {

    @Autowired
    NoteStore notes;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2026-12-02T14:00:00.5Z");
    private long coach;
    private long agent;

    @BeforeEach
    void setUp() {
        coach = identity.createUser(new NewUser("c" + tag, "Coach " + tag, "c" + tag + "@example.org",
                "long-enough-password", Set.of(Role.COACH), "UTC"), "h");
        agent = identity.createUser(new NewUser("a" + tag, "Agent " + tag, "a" + tag + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
    }

    @Test
    void aWrittenNoteReadsBackWithBothNames() {
        long id = notes.create(coach, agent, EmpathyKey.values()[0], "Calm opening", "Ask one more question",
                LocalDate.parse("2026-12-09"), now);
        CoachingNote note = notes.note(id).orElseThrow();
        assertThat(note.coachName()).isEqualTo("Coach " + tag);
        assertThat(note.agentName()).isEqualTo("Agent " + tag);
        assertThat(note.wentWell()).isEqualTo("Calm opening");
        assertThat(note.tryNext()).isEqualTo("Ask one more question");
        assertThat(note.createdAt()).isEqualTo(now);
        assertThat(note.acknowledgedAt()).isNull();
    }

    @Test
    void aNoteIsAcknowledgedOnceAndTheFirstReplyStays() {
        long id = notes.create(coach, agent, EmpathyKey.values()[1], "w", "t", LocalDate.parse("2026-12-09"), now);
        assertThat(notes.acknowledge(id, "Thanks, will try", now.plusSeconds(5))).isTrue();
        assertThat(notes.acknowledge(id, "second reply", now.plusSeconds(9))).isFalse();
        CoachingNote note = notes.note(id).orElseThrow();
        assertThat(note.agentReply()).isEqualTo("Thanks, will try");
        assertThat(note.acknowledgedAt()).isEqualTo(now.plusSeconds(5));
        assertThat(notes.acknowledge(-1, "none", now)).as("unknown note").isFalse();
    }

    @Test
    void onlyUnacknowledgedNotesOlderThanTheCutOffAreListedForTheCoach() {
        long old = notes.create(coach, agent, EmpathyKey.values()[0], "w", "t", LocalDate.parse("2026-12-09"), now);
        long acknowledged = notes.create(coach, agent, EmpathyKey.values()[0], "w", "t", LocalDate.parse("2026-12-09"), now);
        long recent = notes.create(coach, agent, EmpathyKey.values()[0], "w", "t", LocalDate.parse("2026-12-09"),
                now.plusSeconds(3600));
        notes.acknowledge(acknowledged, "ok", now);
        assertThat(notes.unacknowledged(coach, now.plusSeconds(60))).extracting(CoachingNote::id).containsExactly(old);
        assertThat(notes.forAgent(agent)).extracting(CoachingNote::id).containsExactly(recent, acknowledged, old);
    }
}
