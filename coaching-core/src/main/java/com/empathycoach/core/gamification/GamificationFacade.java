package com.empathycoach.core.gamification;

import com.empathycoach.core.shared.CoreTexts;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.gamification.GamificationStore.Celebration;
import com.empathycoach.core.gamification.LeaderboardStore.BoardView;
import com.empathycoach.core.gamification.LeaderboardStore.Entry;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.LeaderboardStore.Standing;
import com.empathycoach.core.gamification.LeaderboardStore.TeamEntry;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** What learners see of their XP, level, streak, badges and leaderboards. */
@Service
@Transactional(readOnly = true)
public class GamificationFacade {

    static final int TOP = 10;
    static final int AROUND = 2;
    private static final Duration TEAM_BOARD_TTL = Duration.ofMinutes(1);

    private final GamificationStore store;
    private final LeaderboardStore boards;
    private final AwardFacade service;
    private final Clock clock;
    private final Map<String, CachedTeams> teamBoards = new ConcurrentHashMap<>();

    public GamificationFacade(GamificationStore store, LeaderboardStore boards, AwardFacade service, Clock clock) {
        this.store = store;
        this.boards = boards;
        this.service = service;
        this.clock = clock;
    }

    public record Profile(Levels.Progress level, int streak, int longestStreak, int badgesEarned, int badgesTotal) {
    }

    /** A badge as one person stands toward it; {@code target} is what its counter must reach today. */
    public record BadgeProgress(Badge badge, boolean earned, Instant earnedAt, int value, int target) {
        public int shown() {
            return Math.min(value, target);
        }

        public String criteria(Locale locale) {
            return badge.criteria(locale, target);
        }
    }

    /** A board as one viewer sees it: the top, their neighbourhood, their own standing. */
    public record Leaderboard(Scope scope, Period period, List<Row> top, List<Row> around, Optional<Standing> me,
                              boolean anonymous, boolean shownPublicly, boolean hasTeam) {
    }

    public record Row(long rank, String name, long xp, boolean me) {
    }

    public Profile profile(Actor actor) {
        long xp = store.totalXp(actor.userId());
        Streak streak = store.streak(actor.userId());
        LocalDate today = clock.instant().atZone(store.zoneOf(actor.userId())).toLocalDate();
        return new Profile(Levels.progress(xp), streak.asOf(today), streak.longest(), store.earned(actor.userId()).size(),
                Badges.ALL.size());
    }

    /** What the actor's finished attempt at a lesson earned, with the reasons, the level now, and badges it brought. */
    public LessonXp lessonXp(Actor actor, String moduleId, String lessonId, int attemptNo) {
        String source = XpRules.lessonSource(moduleId, lessonId, attemptNo);
        List<GamificationStore.LedgerLine> ledger = store.ledger(actor.userId(), source);
        List<LessonXp.Line> lines = ledger.stream()
                .map(l -> new LessonXp.Line(l.rule(), l.requested(), l.paid())).toList();
        Set<Instant> when = ledger.stream().map(GamificationStore.LedgerLine::at)
                .collect(Collectors.toSet());
        List<Badge> badges = store.earned(actor.userId()).stream().filter(b -> when.contains(b.at()))
                .map(b -> Badges.byId(b.badgeId())).flatMap(Optional::stream).toList();
        return new LessonXp(attemptNo, XpRules.repeatPercent(attemptNo), lines,
                Levels.progress(store.totalXp(actor.userId())), badges);
    }

    /** The learner's time zone, for showing dates. */
    public java.time.ZoneId profileZone(Actor actor) {
        return store.zoneOf(actor.userId());
    }

    public List<BadgeProgress> badges(Actor actor) {
        Map<Metric, Integer> counters = new EnumMap<>(Metric.class);
        counters.putAll(store.counters(actor.userId()));
        // The level counter is raised on each level-up; before the first one the learner is at level 1, not 0.
        counters.merge(Metric.LEVEL, Levels.level(store.totalXp(actor.userId())), Math::max);
        Map<String, Instant> earned = new ConcurrentHashMap<>();
        store.earned(actor.userId()).forEach(b -> earned.put(b.badgeId(), b.at()));
        return Badges.ALL.stream().map(b -> new BadgeProgress(b, earned.containsKey(b.id()), earned.get(b.id()),
                counters.getOrDefault(b.metric(), 0), service.badgeTarget(b))).toList();
    }

    /** The board as the reader sees it; hidden names read "Agent #rank" in the reader's language. */
    public Leaderboard leaderboard(Actor actor, Scope scope, Period period, Locale locale) {
        actor.requireAny(Role.AGENT, Role.COACH);
        BoardView view = boards.boardView(actor.userId(), scope, period, service.weekStart(clock.instant()), TOP, AROUND);
        if (scope == Scope.TEAM && view.team().isEmpty()) {
            return new Leaderboard(scope, period, List.of(), List.of(), Optional.empty(), view.anonymous(), view.shown(), false);
        }
        // Two places above and two below, only for someone below the top; whoever opted out has no row of their own.
        List<Entry> around = view.around().stream().filter(e -> e.rank() > TOP).toList();
        return new Leaderboard(scope, period, rows(view.top(), actor, view.anonymous(), locale),
                rows(around, actor, view.anonymous(), locale), view.me(), view.anonymous(), view.shown(), true);
    }

    private static List<Row> rows(List<Entry> entries, Actor actor, boolean anonymous, Locale locale) {
        return entries.stream().map(e -> new Row(e.rank(), e.userId() == actor.userId() || !anonymous ? e.displayName()
                        : CoreTexts.text("leaderboard.anonymous", locale, String.valueOf(e.rank())), e.xp(),
                e.userId() == actor.userId())).toList();
    }

    /** Teams by average XP per agent; refreshed at most once a minute, as it counts every membership. */
    public List<TeamEntry> teamBoard(Actor actor, Period period) {
        actor.requireAny(Role.AGENT, Role.COACH, Role.HR, Role.ADMIN);
        LocalDate week = service.weekStart(clock.instant());
        String key = period + "@" + week;
        Instant now = clock.instant();
        CachedTeams cached = teamBoards.get(key);
        if (cached == null || cached.at().plus(TEAM_BOARD_TTL).isBefore(now)) {
            cached = new CachedTeams(boards.teams(period, week), now);
            teamBoards.put(key, cached);
        }
        return cached.teams();
    }

    /** One page of the teams' board, cut from the same board {@link #teamBoard(Actor, Period)} answers. */
    public List<TeamEntry> teamBoard(Actor actor, Period period, Page page) {
        List<TeamEntry> teams = teamBoard(actor, period);
        return teams.subList(Math.min(page.offset(), teams.size()), (int) Math.min((long) page.offset() + page.limit(),
                teams.size()));
    }

    public int teamBoardSize(Actor actor, Period period) {
        return teamBoard(actor, period).size();
    }

    private record CachedTeams(List<TeamEntry> teams, Instant at) {
    }

    @Transactional
    public void showOnBoards(Actor actor, boolean shown) {
        boards.setPublic(actor.userId(), shown);
    }

    public boolean anonymousBoards() {
        return boards.anonymousBoards();
    }

    @Transactional
    public void setAnonymousBoards(Actor actor, boolean anonymous) {
        actor.require(Role.ADMIN);
        boards.setAnonymousBoards(anonymous);
    }

    /** New badges and a new level not yet celebrated; each is returned once. */
    @Transactional
    public Celebration takeCelebration(Actor actor) {
        return store.takeCelebration(actor.userId());
    }
}
