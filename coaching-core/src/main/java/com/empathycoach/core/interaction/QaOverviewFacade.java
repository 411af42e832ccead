package com.empathycoach.core.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.interaction.QaStatsStore.AgentStats;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * QA coverage and trends by team, for coaches (their teams) and HR and admins (every team). Months are calendar
 * months in the organisation's time zone.
 */
@Service
@Transactional(readOnly = true)
public class QaOverviewFacade {

    public static final int MAX_TREND_MONTHS = 12;

    private final QaStatsStore stats;
    private final IdentityStore identity;
    private final Clock clock;
    private final ZoneId zone;
    private final int defaultMinimum;

    public QaOverviewFacade(QaStatsStore stats, IdentityStore identity, Clock clock,
                            @Value("${empathy.organisation.time-zone:UTC}") String zone,
                            @Value("${empathy.qa.coverage-minimum:2}") int defaultMinimum) {
        this.stats = stats;
        this.identity = identity;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.defaultMinimum = Math.max(1, defaultMinimum);
    }

    /** An agent and how many of their interactions a coach scored in the month. */
    public record AgentCoverage(long agentId, String name, int scored) {
    }

    /** A team's coverage: its agents, and those with at least the minimum of scored interactions. */
    public record TeamCoverage(long teamId, String team, List<AgentCoverage> agents, int minimum) {
        public TeamCoverage {
            agents = List.copyOf(agents);
        }

        public long covered() {
            return agents.stream().filter(a -> a.scored() >= minimum).count();
        }

        /** Share of agents covered, 0 to 100; 0 for a team without agents. */
        public int percent() {
            return agents.isEmpty() ? 0 : (int) Math.round(100.0 * covered() / agents.size());
        }
    }

    /** A team's month: interactions and the analyzer's mean overall, scorecards and the coaches' mean per key. */
    public record MonthPoint(YearMonth month, int interactions, Double analyzerOverall, int scorecards,
                             Map<EmpathyKey, Double> coach) {
        public MonthPoint {
            coach = Map.copyOf(coach);
        }
    }

    public record TeamTrend(long teamId, String team, List<MonthPoint> months) {
        public TeamTrend {
            months = List.copyOf(months);
        }
    }

    public int defaultMinimum() {
        return defaultMinimum;
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(zone));
    }

    /** Coverage in a month: per team, each active agent and how many of their interactions a coach scored then. */
    public List<TeamCoverage> coverage(Actor actor, YearMonth month, int minimum) {
        if (minimum < 1) {
            throw new com.empathycoach.core.shared.InvalidInputException("minimum", "qa.minimum.invalid");
        }
        Map<Long, Integer> scored = stats.scoredCounts(start(month), start(month.plusMonths(1)));
        return teams(actor).stream().map(team -> new TeamCoverage(team.id(), team.name(), team.agents().stream()
                .filter(TeamMember::active)
                .map(a -> new AgentCoverage(a.userId(), a.displayName(), scored.getOrDefault(a.userId(), 0)))
                .sorted(Comparator.comparingInt(AgentCoverage::scored).thenComparing(AgentCoverage::name,
                        String.CASE_INSENSITIVE_ORDER)).toList(), minimum)).toList();
    }

    /** The last {@code months} months up to this one, oldest first, per team. */
    public List<TeamTrend> trends(Actor actor, int months) {
        int n = Math.clamp(months, 1, MAX_TREND_MONTHS);
        YearMonth last = thisMonth();
        List<TeamSummary> teams = teams(actor);
        Map<Long, List<MonthPoint>> byTeam = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            YearMonth month = last.minusMonths(i);
            Map<Long, AgentStats> byAgent = new HashMap<>();
            stats.stats(start(month), start(month.plusMonths(1))).forEach(s -> byAgent.put(s.agentId(), s));
            for (TeamSummary team : teams) {
                byTeam.computeIfAbsent(team.id(), id -> new ArrayList<>()).add(point(month, team, byAgent));
            }
        }
        return teams.stream().map(t -> new TeamTrend(t.id(), t.name(), byTeam.get(t.id()))).toList();
    }

    private static MonthPoint point(YearMonth month, TeamSummary team, Map<Long, AgentStats> byAgent) {
        int interactions = 0;
        long overall = 0;
        int scorecards = 0;
        Map<EmpathyKey, long[]> coach = new EnumMap<>(EmpathyKey.class);
        for (TeamMember agent : team.agents()) {
            AgentStats s = byAgent.get(agent.userId());
            if (s == null) {
                continue;
            }
            interactions += s.interactions();
            overall += s.overallSum();
            scorecards += s.scorecards();
            s.coach().forEach((key, sum) -> {
                long[] total = coach.computeIfAbsent(key, k -> new long[2]);
                total[0] += sum[0];
                total[1] += sum[1];
            });
        }
        Map<EmpathyKey, Double> means = new EnumMap<>(EmpathyKey.class);
        coach.forEach((key, total) -> {
            if (total[1] > 0) {
                means.put(key, (double) total[0] / total[1]);
            }
        });
        return new MonthPoint(month, interactions, interactions == 0 ? null : (double) overall / interactions, scorecards,
                means);
    }

    private List<TeamSummary> teams(Actor actor) {
        actor.requireAny(Role.COACH, Role.HR, Role.ADMIN);
        List<TeamSummary> teams = actor.has(Role.HR) || actor.has(Role.ADMIN) ? identity.allTeams()
                : identity.teamsCoachedBy(actor.userId());
        return teams.stream().sorted(Comparator.comparing(TeamSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
