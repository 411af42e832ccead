package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.web.layout.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.empathycoach.core.identity.TeamHeadcount;
import java.util.stream.IntStream;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class HrViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("priya")
    @SuppressWarnings("unchecked")
    void hrFiltersTheDashboardAndGetsDownloadsAndAClearMessageForABackwardsRange() {
        UI.getCurrent().navigate("hr");
        assertThat($(Anchor.class).withClassName("export-link").all()).hasSize(3);
        Grid<TeamHeadcount> headcounts = $(Grid.class).withClassName("headcount-grid").first();
        var teams = test(headcounts);
        assertThat(teams.size()).isPositive();
        teams.sortByColumn(1, SortDirection.DESCENDING);
        assertThat(IntStream.range(0, teams.size()).mapToObj(i -> teams.getRow(i).agents()).toList())
                .as("sorted by the database, most agents first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        ComboBox<Object> team = $(ComboBox.class).withClassName("filter-team").first();
        Object harbour = team.getListDataView().getItems()
                .filter(c -> team.getItemLabelGenerator().apply(c).equals("Harbour Team")).findFirst().orElseThrow();
        team.setValue(harbour);
        List<Div> dashboards = $(Div.class).withClassName("dashboard").all();
        assertThat(dashboards).hasSize(1);
        boolean anyAssigned = !$(Span.class).withClassName("kpi-value").all().isEmpty();
        if (anyAssigned) {
            Grid<Object> teamFigures = $(Grid.class).withClassName("team-figures").first();
            assertThat(teamFigures.getListDataView().getItemCount()).isEqualTo(1);
        } else {
            assertThat($(Paragraph.class).withClassName("empty-state").first().getText()).startsWith("Nothing assigned");
        }

        DatePicker from = $(DatePicker.class).withClassName("filter-from").first();
        DatePicker to = $(DatePicker.class).withClassName("filter-to").first();
        from.setValue(LocalDate.of(2026, 11, 20));
        to.setValue(LocalDate.of(2026, 11, 10));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end date is before the start date.");
        to.setValue(LocalDate.of(2026, 11, 30));
        assertThat(to.isInvalid()).isFalse();
    }

    @Test
    void theFileNameCarriesTheDateAndTheFilters() {
        assertThat(new ReportFilter(3L, "tone-in-writing", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
                .slug("Équipe Nord, Lyon")).isEqualTo("team-equipe-nord-lyon_module-tone-in-writing_from-2026-11-01_to-2026-11-30");
        assertThat(new ReportFilter(3L, null, null, null).describe("Harbour Team")).startsWith("team=\"Harbour Team\" ");
        assertThat(ReportFilter.everything().slug(null)).isEqualTo("all");
    }

    @Test
    @WithUserDetails("amara")
    void agentsReachTheirOwnCertificatesButNotTheDashboardOrTheAuditLog() {
        UI.getCurrent().navigate("certificates");
        assertThat(UI.getCurrent().getCurrentView().getElement().getClassList()).contains("certificates");
        assertThat($(ComboBox.class).withClassName("certificate-agent").all()).isEmpty();
        UI.getCurrent().navigate("hr");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        UI.getCurrent().navigate("hr/audit");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("samira")
    void coachesReachNoneOfHrsViews() {
        for (String view : List.of("hr", "hr/audit", "certificates")) {
            UI.getCurrent().navigate(view);
            assertThat(UI.getCurrent().getCurrentView()).as(view).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    @WithUserDetails("admin")
    void adminsPickAnyAgentsCertificatesAndReadTheAuditLog() {
        UI.getCurrent().navigate("certificates");
        assertThat($(ComboBox.class).withClassName("certificate-agent").all()).hasSize(1);
        UI.getCurrent().navigate("hr/audit");
        assertThat($(Grid.class).withClassName("audit-grid").all()).hasSize(1);
    }
}
