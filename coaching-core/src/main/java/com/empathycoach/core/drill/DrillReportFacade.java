package com.empathycoach.core.drill;

import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The recency-weighted skill profile for an agent and their coach, and drill figures per team for coaches and HR. */
@Service
@Transactional(readOnly = true)
public class DrillReportFacade {

    /** How far back "drilled recently" looks. */
    public static final Duration RECENT = Duration.ofDays(7);

    private final DrillStore store;
    private final IdentityStore identity;
    private final AccessFacade access;
    private final DrillSettings settings;
    private final Clock clock;

    DrillReportFacade(DrillStore store, IdentityStore identity, AccessFacade access, DrillSettings settings, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    public SkillProfile mine(Actor agent) {
        agent.require(Role.AGENT);
        return profile(agent.userId());
    }

    public SkillProfile of(Actor coach, long agentId) {
        access.requireCoachOf(coach, agentId);
        return profile(agentId);
    }

    SkillProfile profile(long userId) {
        Instant now = clock.instant();
        Map<EmpathyKey, double[]> recall = recall(store.memories(userId), now);
        Map<EmpathyKey, SkillProfile.KeySkill> keys = new EnumMap<>(EmpathyKey.class);
        store.profile(userId).forEach((key, sum) -> {
            double[] r = recall.get(key);
            keys.put(key, new SkillProfile.KeySkill((int) Math.round(sum.scoreSum() / sum.weightSum()),
                    decayed(sum.weightSum(), sum.asOf(), now), sum.asOf(),
                    r == null ? null : (int) Math.round(100 * r[0] / r[1]), r == null ? 0 : (int) r[1]));
        });
        Map<Marker, SkillProfile.MarkerSkill> markers = new EnumMap<>(Marker.class);
        store.markerProfile(userId).forEach((marker, sum) -> markers.put(marker, new SkillProfile.MarkerSkill(
                (int) Math.round(sum.scoreSum() / sum.weightSum()), decayed(sum.weightSum(), sum.asOf(), now))));
        return new SkillProfile(keys, markers, settings.halfLifeDays());
    }

    /** One team's drill figures: how many agents drilled in the last week and the predicted recall per key. */
    public record TeamDrill(long teamId, String name, int agents, int drilledRecently, Map<EmpathyKey, Integer> retention) {
    }

    /** Coaches see their teams, HR every team. */
    public List<TeamDrill> teams(Actor viewer) {
        viewer.requireAny(Role.COACH, Role.HR);
        List<TeamSummary> teams = viewer.has(Role.HR) ? identity.allTeams() : identity.teamsCoachedBy(viewer.userId());
        Instant now = clock.instant();
        return teams.stream().map(t -> team(t, now)).toList();
    }

    private TeamDrill team(TeamSummary team, Instant now) {
        List<Long> agents = team.agents().stream().filter(TeamMember::active).map(TeamMember::userId).toList();
        Set<Long> active = agents.isEmpty() ? Set.of() : store.activeSince(agents, now.minus(RECENT));
        Map<EmpathyKey, double[]> recall = recall(store.memories(agents), now);
        Map<EmpathyKey, Integer> retention = new EnumMap<>(EmpathyKey.class);
        recall.forEach((key, r) -> retention.put(key, (int) Math.round(100 * r[0] / r[1])));
        return new TeamDrill(team.id(), team.name(), agents.size(), active.size(), retention);
    }

    /** Per key: the sum of predicted recall now over the items met, and how many. */
    private Map<EmpathyKey, double[]> recall(List<Memory> memories, Instant now) {
        Map<EmpathyKey, double[]> recall = new EnumMap<>(EmpathyKey.class);
        for (Memory m : memories) {
            if (m.state().stability() == null) {
                continue;
            }
            double[] sum = recall.computeIfAbsent(m.key(), k -> new double[2]);
            sum[0] += settings.fsrs().retrievability(m.state(), now);
            sum[1]++;
        }
        return recall;
    }

    private double decayed(double weight, Instant asOf, Instant now) {
        double days = Math.max(0, Duration.between(asOf, now).getSeconds()) / 86_400.0;
        return weight * Math.pow(0.5, days / settings.halfLifeDays());
    }
}
