package com.empathycoach.data.coaching;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.AssignmentStore;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
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
class JpaAssignmentStoreTest {

    @Autowired
    AssignmentStore assignments;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2026-12-01T09:30:00.123456Z");
    private final LocalDate due = LocalDate.parse("2026-12-20");
    private long team;
    private long coach;
    private long agent;

    @BeforeEach
    void setUp() {
        coach = user("coach", Role.COACH);
        agent = user("agent", Role.AGENT);
        team = identity.createTeam("Team " + tag);
        identity.addToTeam(team, coach, Role.COACH);
        identity.addToTeam(team, agent, Role.AGENT);
    }

    @Test
    void aCreatedAssignmentReadsBackWithItsAgentsAndVersionZero() {
        long id = assignments.create(team, coach, AssignedItem.lesson("m-" + tag, "l1"), "Title " + tag, due, "note",
                Set.of(agent), now);
        Assignment read = assignments.assignment(id).orElseThrow();
        assertThat(read.title()).isEqualTo("Title " + tag);
        assertThat(read.item()).isEqualTo(AssignedItem.lesson("m-" + tag, "l1"));
        assertThat(read.dueOn()).isEqualTo(due);
        assertThat(read.note()).isEqualTo("note");
        assertThat(read.createdAt()).isEqualTo(now);
        assertThat(read.version()).isZero();
        assertThat(read.assignees()).extracting(Assignment.Assignee::userId).containsExactly(agent);
        assertThat(assignments.forAgent(agent)).extracting(Assignment::id).containsExactly(id);
    }

    @Test
    void aSaveFromTheCurrentVersionWinsAndRaisesTheVersion() {
        long id = assignments.create(team, coach, AssignedItem.module("m-" + tag), "T", due, null, Set.of(agent), now);
        assertThat(assignments.update(id, 0, due.plusDays(3), "later", now.plusSeconds(60))).isTrue();
        Assignment read = assignments.assignment(id).orElseThrow();
        assertThat(read.dueOn()).isEqualTo(due.plusDays(3));
        assertThat(read.note()).isEqualTo("later");
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndChangesNothing() {
        long id = assignments.create(team, coach, AssignedItem.module("m-" + tag), "T", due, null, Set.of(agent), now);
        assertThat(assignments.update(id, 0, due.plusDays(1), "first coach", now)).isTrue();
        assertThat(assignments.update(id, 0, due.plusDays(9), "second coach", now)).isFalse();
        Assignment read = assignments.assignment(id).orElseThrow();
        assertThat(read.note()).isEqualTo("first coach");
        assertThat(read.dueOn()).isEqualTo(due.plusDays(1));
    }

    @Test
    void aCancelledAssignmentLeavesTheTeamAndAgentListsButCanStillBeRead() {
        long id = assignments.create(team, coach, AssignedItem.module("m-" + tag), "T", due, null, Set.of(agent), now);
        assignments.cancel(id, now);
        assertThat(assignments.forTeam(team)).isEmpty();
        assertThat(assignments.forAgent(agent)).isEmpty();
        assertThat(assignments.assignment(id).orElseThrow().cancelled()).isTrue();
        assertThat(assignments.update(id, 0, due, "stale", now)).as("cancelling raised the version").isFalse();
    }

    @Test
    void completingTheItemMarksOnlyThatAgentsRow() {
        long other = user("other", Role.AGENT);
        identity.addToTeam(team, other, Role.AGENT);
        AssignedItem item = AssignedItem.module("m-" + tag);
        long id = assignments.create(team, coach, item, "T", due, null, Set.of(agent, other), now);
        assertThat(assignments.complete(agent, item.key(), now)).isEqualTo(1);
        assertThat(assignments.complete(agent, item.key(), now)).as("already done").isZero();
        assertThat(assignments.assignment(id).orElseThrow().assignees())
                .filteredOn(Assignment.Assignee::done).extracting(Assignment.Assignee::userId).containsExactly(agent);
    }

    private long user(String role, Role r) {
        return identity.createUser(new NewUser(role + tag, role + " " + tag, role + tag + "@example.org",
                "long-enough-password", Set.of(r), "UTC"), "h");
    }
}
