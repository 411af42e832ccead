package com.empathycoach.web.profile.ui;

import com.empathycoach.web.shared.ChartJs;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.profile.EmpathyProfile;
import com.empathycoach.core.profile.EmpathyProfile.TrendPoint;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import com.empathycoach.web.shared.EmptyState;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An empathy profile: a table and a bar chart of the average per key and source, and the weekly trend of
 * one key at a time. The same panel serves the agent and their coach.
 */
public class ProfilePanel extends Div {

    /** Text-strength colours (at least 3:1 against the background, light and dark), each with its own pattern and dash. */
    private static final Map<ScoreSource, String> COLOURS = Map.of(ScoreSource.QUIZ, "--lumo-primary-text-color",
            ScoreSource.ROLEPLAY, "--lumo-success-text-color", ScoreSource.COACH_REVIEW, "--lumo-contrast-80pct",
            ScoreSource.PEER, "--lumo-warning-text-color", ScoreSource.CUSTOMER, "--lumo-error-text-color",
            ScoreSource.INTERACTION, "--lumo-secondary-text-color", ScoreSource.QA_SCORECARD, "--lumo-body-text-color");
    private static final Map<ScoreSource, String> PATTERNS = Map.of(ScoreSource.QUIZ, "solid", ScoreSource.ROLEPLAY,
            "stripes", ScoreSource.COACH_REVIEW, "dots", ScoreSource.PEER, "cross", ScoreSource.CUSTOMER, "back", ScoreSource.INTERACTION, "rows",
            ScoreSource.QA_SCORECARD, "checks");
    private static final Map<ScoreSource, List<Integer>> DASHES = Map.of(ScoreSource.QUIZ, List.of(),
            ScoreSource.ROLEPLAY, List.of(8, 4), ScoreSource.COACH_REVIEW, List.of(2, 3), ScoreSource.PEER,
            List.of(10, 3, 2, 3), ScoreSource.CUSTOMER, List.of(14, 5), ScoreSource.INTERACTION, List.of(4, 4, 12, 4),
            ScoreSource.QA_SCORECARD, List.of(1, 2));
    private static final Map<ScoreSource, String> POINTS = Map.of(ScoreSource.QUIZ, "circle", ScoreSource.ROLEPLAY, "rect",
            ScoreSource.COACH_REVIEW, "triangle", ScoreSource.PEER, "rectRot", ScoreSource.CUSTOMER, "star",
            ScoreSource.INTERACTION, "crossRot", ScoreSource.QA_SCORECARD, "rectRounded");

    private final EmpathyProfile profile;
    private final ChartJs trendChart = new ChartJs("");
    private final Grid<TrendPoint> trendTable = new Grid<>();

    public ProfilePanel(EmpathyProfile profile) {
        this(profile, false);
    }

    /** {@code forCoach}: the agent's coach is reading, so the wording speaks about the agent, not to them. */
    public ProfilePanel(EmpathyProfile profile, boolean forCoach) {
        this.profile = profile;
        addClassName("empathy-profile");
        add(new H3(getTranslation("profile.title")));
        if (profile.isEmpty()) {
            add(EmptyState.of(getTranslation(forCoach ? "profile.empty.coach" : "profile.empty")));
            return;
        }
        add(new Paragraph(getTranslation("profile.explain")), scoreTable());
        if (profile.peersHidden()) {
            add(new Paragraph(getTranslation("profile.peersHidden")));
        }
        ChartJs bars = new ChartJs(getTranslation("profile.barsLabel"));
        bars.addClassName("profile-bars");
        bars.setConfig(barConfig());
        add(bars, trendSection());
    }

    private Grid<EmpathyKey> scoreTable() {
        Grid<EmpathyKey> table = new Grid<>();
        table.addClassName("profile-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(key -> getTranslation("key." + key)).setHeader(getTranslation("profile.key")).setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(key -> profile.weighted(key).map(String::valueOf).orElse("\u2014"))
                .setHeader(getTranslation("profile.weighted")).setAutoWidth(true);
        for (ScoreSource source : ScoreSource.values()) {
            table.addColumn(key -> profile.score(key, source)
                            .map(s -> getTranslation("profile.cell", s.average(), s.samples())).orElse("\u2014"))
                    .setHeader(getTranslation("source." + source)).setAutoWidth(true);
        }
        table.setItems(EmpathyKey.values());
        table.setAllRowsVisible(true);
        return table;
    }

    private Map<String, Object> barConfig() {
        List<String> labels = Arrays.stream(EmpathyKey.values()).map(k -> getTranslation("key." + k)).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (ScoreSource source : ScoreSource.values()) {
            List<Integer> values = Arrays.stream(EmpathyKey.values())
                    .map(k -> profile.score(k, source).map(EmpathyProfile.Score::average).orElse(null)).toList();
            if (values.stream().anyMatch(v -> v != null)) {
                datasets.add(Map.of("label", getTranslation("source." + source), "data", values, "colour", COLOURS.get(source),
                        "pattern", PATTERNS.get(source)));
            }
        }
        return Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets),
                "options", Map.of("scales", Map.of("y", Map.of("min", 0, "max", 100))));
    }

    private Div trendSection() {
        Select<EmpathyKey> key = new Select<>();
        key.setLabel(getTranslation("profile.trendKey"));
        key.setItems(EmpathyKey.values());
        key.setItemLabelGenerator(k -> getTranslation("key." + k));
        key.addClassNames("trend-key", "key-field");
        trendChart.addClassName("profile-trend");
        DateTimeFormatter date = Formats.date(getLocale());
        trendTable.addColumn(p -> date.format(p.weekStart())).setHeader(getTranslation("profile.week"));
        trendTable.addColumn(p -> getTranslation("source." + p.source())).setHeader(getTranslation("profile.source"));
        trendTable.addColumn(p -> getTranslation("profile.cell", p.average(), p.samples())).setHeader(getTranslation("profile.score"));
        trendTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        trendTable.setAllRowsVisible(true);
        Details asTable = new Details(getTranslation("profile.trendAsTable"), trendTable);
        key.addValueChangeListener(e -> showTrend(e.getValue()));
        key.setValue(EmpathyKey.DISCOVER);
        Div section = new Div(new H3(getTranslation("profile.trendTitle")), key, trendChart, asTable);
        section.addClassName("profile-trend-section");
        return section;
    }

    private void showTrend(EmpathyKey key) {
        List<TrendPoint> points = profile.trend().stream().filter(p -> p.key() == key).toList();
        trendTable.setItems(points);
        TreeSet<LocalDate> weeks = new TreeSet<>();
        points.forEach(p -> weeks.add(p.weekStart()));
        List<LocalDate> axis = List.copyOf(weeks);
        DateTimeFormatter label = Formats.date(getLocale());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (ScoreSource source : ScoreSource.values()) {
            Map<LocalDate, Integer> bySource = new LinkedHashMap<>();
            points.stream().filter(p -> p.source() == source).forEach(p -> bySource.put(p.weekStart(), p.average()));
            if (!bySource.isEmpty()) {
                datasets.add(Map.of("label", getTranslation("source." + source), "colour", COLOURS.get(source),
                        "pointStyle", POINTS.get(source), "pointRadius", 5, "spanGaps", true, "borderDash", DASHES.get(source),
                        "data", axis.stream().map(bySource::get).toList()));
            }
        }
        trendChart.getElement().getChild(0).setAttribute("aria-label",
                getTranslation("profile.trendLabel", getTranslation("key." + key), points.size()));
        trendChart.setConfig(Map.of("type", "line",
                "data", Map.of("labels", axis.stream().map(label::format).toList(), "datasets", datasets),
                "options", Map.of("scales", Map.of("y", Map.of("min", 0, "max", 100)))));
    }
}
