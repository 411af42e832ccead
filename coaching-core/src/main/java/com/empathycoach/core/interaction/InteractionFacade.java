package com.empathycoach.core.interaction;

import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.analysis.EmpathyAnalyzer;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionViews.Ingested;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.interaction.InteractionViews.Speaker;
import com.empathycoach.core.interaction.InteractionViews.Summary;
import com.empathycoach.core.interaction.InteractionViews.Turn;
import com.empathycoach.core.interaction.InteractionViews.TurnFinding;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Real interactions (chats, e-mails, tickets, call transcripts) from a source system or pasted by a coach: redacted
 * before anything is stored, analysed turn by turn with the empathy analyzer, idempotent on the source's external id.
 */
@Service
@Transactional
public class InteractionFacade {

    public static final int MAX_TURNS = 500;
    public static final int MAX_TURN_CHARS = 20_000;
    public static final int MAX_EXTERNAL_ID = 200;

    private final InteractionStore interactions;
    private final IdentityStore identity;
    private final EmpathyAnalyzer analyzer = EmpathyAnalyzer.builtIn();
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    public InteractionFacade(InteractionStore interactions, IdentityStore identity, java.time.Clock clock,
                             ApplicationEventPublisher events) {
        this.interactions = interactions;
        this.identity = identity;
        this.clock = clock;
        this.events = events;
    }

    /** From the integration API: stores the interaction once per external id and returns it with its analysis. */
    public Ingested ingest(NewInteraction in) {
        checkSize(in);
        String externalId = externalId(in);
        Optional<Interaction> existing = interactions.byExternalId(externalId);
        if (existing.isPresent()) {
            return new Ingested(existing.get(), false);
        }
        UserAccount agent = Optional.ofNullable(in.agent()).flatMap(identity::userByUsername)
                .filter(u -> u.active() && u.roles().contains(Role.AGENT))
                .orElseThrow(() -> new InvalidInputException("agent", "interaction.unknownAgent"));
        Interaction analysed = analyse(agent, channel(in.channel()), occurredAt(in.occurredAt()), externalId, in.turns());
        long id = interactions.insert(analysed);
        if (id < 0) {
            // Sent twice at once: the other call stored it first.
            return new Ingested(interactions.byExternalId(externalId).orElseThrow(), false);
        }
        Interaction stored = interactions.byId(id).orElseThrow();
        events.publishEvent(new InteractionEvents.InteractionAnalysed(id, stored.agentId(), stored.occurredAt(), stored.keys()));
        return new Ingested(stored, true);
    }

    /** A coach pastes a transcript of one of their agents; its external id is made up from the time it was pasted. */
    public Ingested paste(Actor coach, String agentUsername, String channel, String transcript) {
        coach.require(Role.COACH);
        UserAccount agent = identity.userByUsername(agentUsername == null ? "" : agentUsername)
                .filter(u -> identity.agentIdsCoachedBy(coach.userId()).contains(u.id()))
                .orElseThrow(() -> new InvalidInputException("agent", "interaction.notYourAgent"));
        List<NewTurn> turns = Transcripts.parse(transcript);
        NewInteraction in = new NewInteraction(agent.username(), channel, clock.instant().toString(),
                "paste:" + java.util.UUID.randomUUID(), turns);
        return ingest(in);
    }

    /** At most this many interactions in one imported file. */
    public static final int MAX_BATCH = 1000;

    /** What happened, or in a dry run would happen, to one interaction of an imported file. */
    public enum BatchOutcome { NEW, CREATED, EXISTS, ERROR }

    /** One interaction of a file as read: where it starts, and the interaction or why it could not be read. */
    public record BatchItem(int line, NewInteraction interaction, String problemKey) {
    }

    /** The outcome for one item; {@code messageKey} says why for {@link BatchOutcome#ERROR}. */
    public record BatchRow(int line, String externalId, String agent, BatchOutcome outcome, String messageKey, Long id) {
    }

    /**
     * A coach imports interactions of their own agents from a file. In a dry run nothing is stored: each item is
     * checked and analysed as it would be, and reported as new, already imported or in error. Otherwise the new
     * ones are stored; items in error are skipped and reported.
     */
    public List<BatchRow> importBatch(Actor coach, List<BatchItem> items, boolean dryRun) {
        coach.require(Role.COACH);
        if (items.size() > MAX_BATCH) {
            throw new InvalidInputException("file", "interaction.batchTooLarge");
        }
        Set<Long> mine = identity.agentIdsCoachedBy(coach.userId());
        Set<String> seen = new java.util.HashSet<>();
        List<BatchRow> rows = new ArrayList<>();
        for (BatchItem item : items) {
            NewInteraction in = item.interaction();
            String externalId = in == null ? null : in.externalId();
            String agent = in == null ? null : in.agent();
            if (item.problemKey() != null) {
                rows.add(new BatchRow(item.line(), externalId, agent, BatchOutcome.ERROR, item.problemKey(), null));
            } else if (externalId != null && !seen.add(externalId.strip())) {
                rows.add(new BatchRow(item.line(), externalId, agent, BatchOutcome.ERROR, "interaction.batchDuplicate", null));
            } else {
                rows.add(batchRow(item.line(), in, mine, dryRun));
            }
        }
        return rows;
    }

    private BatchRow batchRow(int line, NewInteraction in, Set<Long> mine, boolean dryRun) {
        try {
            boolean ours = identity.userByUsername(in.agent() == null ? "" : in.agent()).map(u -> mine.contains(u.id()))
                    .orElse(false);
            if (!ours) {
                throw new InvalidInputException("agent", "interaction.notYourAgent");
            }
            if (dryRun) {
                checkSize(in);
                Optional<Interaction> existing = interactions.byExternalId(externalId(in));
                if (existing.isEmpty()) {
                    UserAccount agent = identity.userByUsername(in.agent()).orElseThrow();
                    analyse(agent, channel(in.channel()), occurredAt(in.occurredAt()), in.externalId().strip(), in.turns());
                }
                return new BatchRow(line, in.externalId(), in.agent(), existing.isPresent() ? BatchOutcome.EXISTS
                        : BatchOutcome.NEW, null, existing.map(Interaction::id).orElse(null));
            }
            Ingested done = ingest(in);
            return new BatchRow(line, in.externalId(), in.agent(), done.created() ? BatchOutcome.CREATED : BatchOutcome.EXISTS,
                    null, done.interaction().id());
        } catch (InvalidInputException e) {
            return new BatchRow(line, in.externalId(), in.agent(), BatchOutcome.ERROR, e.messageKey(), null);
        } catch (InteractionTooLargeException e) {
            return new BatchRow(line, in.externalId(), in.agent(), BatchOutcome.ERROR, "interactions.error.tooLarge", null);
        }
    }

    /** The agents a coach may paste transcripts for, by name. */
    @Transactional(readOnly = true)
    public List<UserAccount> agentsOf(Actor coach) {
        coach.require(Role.COACH);
        return identity.agentIdsCoachedBy(coach.userId()).stream().map(identity::user).flatMap(Optional::stream)
                .filter(UserAccount::active)
                .sorted(java.util.Comparator.comparing(UserAccount::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Interaction> byId(long id) {
        return interactions.byId(id);
    }

    /** One interaction, if the actor may see it: its agent, the agent's coaches, HR and admins. */
    @Transactional(readOnly = true)
    public Interaction get(Actor actor, long id) {
        Interaction interaction = interactions.byId(id).orElseThrow(() -> new InvalidInputException("id", "interaction.unknown"));
        if (!visibleAgents(actor).map(ids -> ids.contains(interaction.agentId())).orElse(true)) {
            throw new NotAllowedException(actor.username() + " may not see interaction " + id);
        }
        return interaction;
    }

    /** Newest first: an agent's own, a coach's agents', everyone's for HR and admins. */
    @Transactional(readOnly = true)
    public List<Summary> list(Actor actor, Page page) {
        return interactions.list(visibleAgents(actor).orElse(null), page);
    }

    @Transactional(readOnly = true)
    public int count(Actor actor) {
        return interactions.count(visibleAgents(actor).orElse(null));
    }

    /** The agents whose interactions the actor may see; empty for "everyone". */
    private Optional<Collection<Long>> visibleAgents(Actor actor) {
        if (actor.has(Role.HR) || actor.has(Role.ADMIN)) {
            return Optional.empty();
        }
        if (actor.has(Role.COACH)) {
            return Optional.of(identity.agentIdsCoachedBy(actor.userId()));
        }
        return Optional.of(Set.of(actor.userId()));
    }

    Interaction analyse(UserAccount agent, Channel channel, Instant occurredAt, String externalId, List<NewTurn> in) {
        List<Turn> turns = new ArrayList<>();
        Map<EmpathyKey, Integer> sums = new EnumMap<>(EmpathyKey.class);
        int overallSum = 0;
        int agentTurns = 0;
        for (NewTurn t : in) {
            Speaker speaker = speaker(t.speaker());
            String text = Redactor.redact(text(t.text(), "turns"));
            if (speaker == Speaker.CUSTOMER) {
                turns.add(new Turn(turns.size(), speaker, text, null, List.of()));
                continue;
            }
            Analysis analysis = analyzer.analyze(text);
            agentTurns++;
            overallSum += analysis.overall();
            analysis.scores().forEach((key, score) -> sums.merge(key, score, Integer::sum));
            turns.add(new Turn(turns.size(), speaker, text, analysis.overall(), analysis.findings().stream()
                    .map(f -> new TurnFinding(f.marker(), f.start(), f.end())).toList()));
        }
        if (agentTurns == 0) {
            throw new InvalidInputException("turns", "interaction.noAgentTurn");
        }
        int n = agentTurns;
        Map<EmpathyKey, Integer> keys = new EnumMap<>(EmpathyKey.class);
        sums.forEach((key, sum) -> keys.put(key, Math.round((float) sum / n)));
        return new Interaction(0, agent.id(), agent.displayName(), channel, occurredAt, externalId,
                Math.round((float) overallSum / n), keys, analyzer.version(), turns);
    }

    private static void checkSize(NewInteraction in) {
        if (in == null || in.turns() == null || in.turns().isEmpty()) {
            throw new InvalidInputException("turns", "interaction.noTurns");
        }
        if (in.turns().size() > MAX_TURNS) {
            throw new InteractionTooLargeException("At most " + MAX_TURNS + " turns per interaction");
        }
        for (NewTurn turn : in.turns()) {
            if (turn != null && turn.text() != null && turn.text().length() > MAX_TURN_CHARS) {
                throw new InteractionTooLargeException("A turn holds at most " + MAX_TURN_CHARS + " characters");
            }
        }
    }

    private static String externalId(NewInteraction in) {
        String externalId = text(in.externalId(), "externalId");
        if (externalId.length() > MAX_EXTERNAL_ID) {
            throw new InvalidInputException("externalId", "interaction.externalId");
        }
        return externalId;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "interaction." + field);
        }
        return value.strip();
    }

    private static Speaker speaker(String value) {
        try {
            return Speaker.valueOf(text(value, "speaker").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("speaker", "interaction.speaker");
        }
    }

    private static Channel channel(String value) {
        try {
            return Channel.valueOf(text(value, "channel").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", "interaction.channel");
        }
    }

    private static Instant occurredAt(String value) {
        try {
            return OffsetDateTime.parse(text(value, "occurredAt")).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("occurredAt", "interaction.occurredAt");
        }
    }
}
