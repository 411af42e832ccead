package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One 1-to-5 (or N/A) choice per key, as the scorecard, the self-review and calibration ask for it. */
final class ScoreSelects {

    private static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5);

    private ScoreSelects() {
    }

    /** A select per key, labelled in the reader's language, starting at {@code start} (N/A where a key is missing). */
    static Map<EmpathyKey, Select<Integer>> create(Component owner, Map<EmpathyKey, Integer> start) {
        Map<EmpathyKey, Select<Integer>> selects = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            Select<Integer> select = scale(owner, owner.getTranslation("key." + key.name()), start.getOrDefault(key, 0));
            select.addClassName("score-" + key.name().toLowerCase(Locale.ROOT));
            selects.put(key, select);
        }
        return selects;
    }

    /** One choice of N/A (0) or 1 to 5, labelled. */
    static Select<Integer> scale(Component owner, String label, Integer value) {
        Select<Integer> select = new Select<>();
        select.setLabel(label);
        select.setItems(SCALE);
        select.setItemLabelGenerator(v -> v == 0 ? owner.getTranslation("scorecard.na") : String.valueOf(v));
        select.setValue(value == null ? 0 : value);
        select.addClassName("key-field");
        return select;
    }

    /** The chosen scores; N/A keys are left out. */
    static Map<EmpathyKey, Integer> values(Map<EmpathyKey, Select<Integer>> selects) {
        Map<EmpathyKey, Integer> values = new EnumMap<>(EmpathyKey.class);
        selects.forEach((key, select) -> {
            if (select.getValue() != null && select.getValue() > 0) {
                values.put(key, select.getValue());
            }
        });
        return values;
    }
}
