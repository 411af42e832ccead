package com.empathycoach.web.profile;

import com.empathycoach.core.profile.EmpathyProfile;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import com.empathycoach.web.shared.ChartJs;
import com.empathycoach.web.profile.ui.ProfilePanel;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile's charts tell their series apart by more than colour: each has its own fill pattern, dash and point. */
@SpringBootTest
@ActiveProfiles("test")
class ChartSeriesTest extends SpringBrowserlessTest {

    @Test
    void everySeriesHasItsOwnPatternDashAndPoint() {
        Map<EmpathyKey, Map<ScoreSource, EmpathyProfile.Score>> scores = new EnumMap<>(EmpathyKey.class);
        List<EmpathyProfile.TrendPoint> trend = new ArrayList<>();
        for (EmpathyKey key : EmpathyKey.values()) {
            Map<ScoreSource, EmpathyProfile.Score> bySource = new EnumMap<>(ScoreSource.class);
            for (ScoreSource source : ScoreSource.values()) {
                bySource.put(source, new EmpathyProfile.Score(60, 4));
                trend.add(new EmpathyProfile.TrendPoint(LocalDate.of(2026, 11, 30), key, source, 60, 4));
            }
            scores.put(key, bySource);
        }
        ProfilePanel panel = new ProfilePanel(new EmpathyProfile(scores, trend, false));
        UI.getCurrent().add(panel);
        List<JsonNode> configs = descendants(panel).filter(c -> c instanceof ChartJs).map(c -> ((ChartJs) c).config())
                .filter(c -> c != null).map(c -> JsonMapper.builder().build().readTree(c)).toList();
        assertThat(configs).isNotEmpty();
        for (JsonNode config : configs) {
            JsonNode sets = config.get("data").get("datasets");
            assertThat(sets.size()).isGreaterThan(1);
            String feature = config.get("type").asString().equals("bar") ? "pattern" : "borderDash";
            Set<String> seen = new HashSet<>();
            for (JsonNode set : sets) {
                assertThat(set.has(feature)).as(feature + " on " + set.get("label")).isTrue();
                String tell = set.get(feature).toString() + (set.has("pointStyle") ? set.get("pointStyle").toString() : "");
                assertThat(seen.add(tell)).as("series told apart: " + set.get("label")).isTrue();
            }
        }
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ChartSeriesTest::descendants));
    }
}
