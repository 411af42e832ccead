package com.empathycoach.data.interaction;

import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.interaction.InteractionStore;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.Speaker;
import com.empathycoach.core.interaction.InteractionViews.Summary;
import com.empathycoach.core.interaction.InteractionViews.Turn;
import com.empathycoach.core.interaction.InteractionViews.TurnFinding;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
class JdbcInteractionStore implements InteractionStore {

    private final JdbcTemplate jdbc;

    JdbcInteractionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long insert(Interaction i) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert ignore into interaction (agent_id, channel, occurred_at, external_id, overall, score_discover,
                        score_knowledge, score_help, score_channel, analyzer_version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, i.agentId());
            ps.setString(2, i.channel().name());
            ps.setTimestamp(3, Timestamp.from(i.occurredAt()));
            ps.setString(4, i.externalId());
            ps.setInt(5, i.overall());
            int column = 6;
            for (EmpathyKey k : EmpathyKey.values()) {
                ps.setInt(column++, i.keys().getOrDefault(k, 0));
            }
            ps.setString(10, i.analyzerVersion());
            return ps;
        }, key);
        if (inserted == 0) {
            return -1;
        }
        long id = key.getKey().longValue();
        jdbc.batchUpdate("insert into interaction_turn (interaction_id, turn_index, speaker, text, overall, findings) "
                + "values (?, ?, ?, ?, ?, ?)", i.turns(), 200, (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, t.index());
                    ps.setString(3, t.speaker().name());
                    ps.setString(4, t.text());
                    ps.setObject(5, t.overall());
                    ps.setString(6, t.findings().isEmpty() ? null : t.findings().stream()
                            .map(f -> f.marker().name() + ":" + f.start() + ":" + f.end()).collect(Collectors.joining(";")));
                });
        return id;
    }

    @Override
    public Optional<Interaction> byId(long id) {
        return one("i.id = ?", id);
    }

    @Override
    public Optional<Interaction> byExternalId(String externalId) {
        return one("i.external_id = ?", externalId);
    }

    private Optional<Interaction> one(String where, Object value) {
        return jdbc.query("select i.*, u.display_name from interaction i join app_user u on u.id = i.agent_id where "
                + where, (rs, n) -> interaction(rs), value).stream().findFirst();
    }

    private Interaction interaction(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Map<EmpathyKey, Integer> keys = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey k : EmpathyKey.values()) {
            keys.put(k, rs.getInt("score_" + k.name().toLowerCase(Locale.ROOT)));
        }
        List<Turn> turns = jdbc.query("select * from interaction_turn where interaction_id = ? order by turn_index",
                (t, n) -> new Turn(t.getInt("turn_index"), Speaker.valueOf(t.getString("speaker")), t.getString("text"),
                        (Integer) t.getObject("overall", Integer.class), findings(t.getString("findings"))), id);
        return new Interaction(id, rs.getLong("agent_id"), rs.getString("display_name"),
                Channel.valueOf(rs.getString("channel")), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("external_id"), rs.getInt("overall"), keys, rs.getString("analyzer_version"), turns);
    }

    private static List<TurnFinding> findings(String stored) {
        List<TurnFinding> findings = new ArrayList<>();
        if (stored != null) {
            for (String f : stored.split(";")) {
                String[] parts = f.split(":");
                findings.add(new TurnFinding(Marker.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            }
        }
        return findings;
    }

    @Override
    public List<Summary> list(Collection<Long> agentIds, Page page) {
        if (agentIds != null && agentIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(agentIds == null ? List.of() : agentIds);
        args.add(page.limit());
        args.add(page.offset());
        return jdbc.query("""
                select i.id, u.display_name, i.channel, i.occurred_at, i.overall,
                       (select count(*) from interaction_turn t where t.interaction_id = i.id and t.speaker = 'AGENT') agent_turns
                from interaction i join app_user u on u.id = i.agent_id
                """ + filter(agentIds) + " order by i.occurred_at desc, i.id desc limit ? offset ?",
                (rs, n) -> new Summary(rs.getLong("id"), rs.getString("display_name"), Channel.valueOf(rs.getString("channel")),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getInt("overall"), rs.getInt("agent_turns")),
                args.toArray());
    }

    @Override
    public int count(Collection<Long> agentIds) {
        if (agentIds != null && agentIds.isEmpty()) {
            return 0;
        }
        Integer n = jdbc.queryForObject("select count(*) from interaction i " + filter(agentIds), Integer.class,
                (agentIds == null ? List.of() : agentIds).toArray());
        return n == null ? 0 : n;
    }

    private static String filter(Collection<Long> agentIds) {
        return agentIds == null ? "" : "where i.agent_id in (" + agentIds.stream().map(a -> "?")
                .collect(Collectors.joining(", ")) + ")";
    }
}
