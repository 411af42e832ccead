package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.CalibrationResults.CoachHistory;
import com.empathycoach.core.interaction.CalibrationResults.KeyResult;
import com.empathycoach.core.interaction.CalibrationResults.RaterResult;
import com.empathycoach.core.interaction.CalibrationResults.Result;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The result of a calibration session: scores side by side, agreement per key, and each coach's distance over time. */
class CalibrationResultPanel extends Div {

    /** Below this alpha, scores cannot yet be relied on to mean the same thing (Krippendorff's lowest bound). */
    static final double TENTATIVE = 0.667;

    private final NumberFormat one;
    private final NumberFormat two;

    CalibrationResultPanel(Result result) {
        addClassName("calibration-result");
        setWidthFull();
        one = Formats.oneDecimal(getLocale());
        two = NumberFormat.getNumberInstance(getLocale());
        two.setMinimumFractionDigits(2);
        two.setMaximumFractionDigits(2);
        add(new H3(getTranslation("calibration.result")), raters(result), new H3(getTranslation("calibration.agreement")),
                new Paragraph(getTranslation("calibration.agreementHelp")), agreement(result),
                new H3(getTranslation("calibration.history")), history(result));
    }

    private Div raters(Result result) {
        Grid<RaterResult> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.analyzer() ? getTranslation("calibration.analyzer") : r.name())
                .setHeader(getTranslation("calibration.rater")).setAutoWidth(true);
        for (EmpathyKey key : EmpathyKey.values()) {
            grid.addColumn(r -> r.scores().containsKey(key) ? String.valueOf(r.scores().get(key)) : getTranslation("scorecard.na"))
                    .setHeader(getTranslation("key.short." + key.name())).setAutoWidth(true);
        }
        grid.addColumn(r -> r.distance() == null ? "\u2014" : two.format(r.distance()))
                .setHeader(getTranslation("calibration.distance")).setAutoWidth(true);
        grid.setItems(result.raters());
        grid.setAllRowsVisible(true);
        grid.addClassName("calibration-raters");
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", getTranslation("calibration.result"));
        Div box = new Div(grid, new Paragraph(getTranslation("calibration.consensus", result.keys().stream()
                .map(k -> getTranslation("key.short." + k.key().name()) + " " + (k.consensus() == null ? "\u2014"
                        : one.format(k.consensus()))).collect(Collectors.joining(" · ")))));
        box.setWidthFull();
        return box;
    }

    private Grid<KeyResult> agreement(Result result) {
        Grid<KeyResult> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(k -> getTranslation("key." + k.key().name())).setHeader(getTranslation("profile.key")).setFlexGrow(2);
        grid.addColumn(k -> alpha(k.alphaCoaches())).setHeader(getTranslation("calibration.alphaCoaches")).setFlexGrow(1);
        grid.addColumn(k -> alpha(k.alphaWithAnalyzer())).setHeader(getTranslation("calibration.alphaAnalyzer"))
                .setFlexGrow(1);
        grid.addColumn(KeyResult::units).setHeader(getTranslation("calibration.units")).setFlexGrow(1);
        grid.setItems(result.keys());
        grid.setAllRowsVisible(true);
        grid.addClassName("calibration-agreement");
        grid.setWidthFull();
        grid.getElement().setAttribute("aria-label", getTranslation("calibration.agreement"));
        return grid;
    }

    private String alpha(OptionalDouble alpha) {
        if (alpha.isEmpty()) {
            return getTranslation("calibration.alphaNone");
        }
        String value = two.format(alpha.getAsDouble());
        return alpha.getAsDouble() < TENTATIVE ? getTranslation("calibration.alphaLow", value) : value;
    }

    private UnorderedList history(Result result) {
        UnorderedList list = new UnorderedList();
        list.addClassName("calibration-history");
        var date = Formats.date(getLocale());
        for (CoachHistory coach : result.history()) {
            String points = coach.points().stream().map(p -> getTranslation("calibration.point",
                    date.format(p.at().atZone(ZoneId.systemDefault())), two.format(p.distance())))
                    .collect(Collectors.joining(" · "));
            list.add(new ListItem(coach.name() + ": " + points));
        }
        return list;
    }
}
