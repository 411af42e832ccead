package com.empathycoach.web.coaching;

import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.CoachingFacade.Assignable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class AssignmentsViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void startWithNothingOpenInTheDemoTeams() {
        com.empathycoach.web.coaching.OpenAssignments.cancelInDemoTeams(jdbc);
    }

    /** The rows as the grid loads them, page by page. */
    private List<Assignment> rows(Grid<Assignment> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).toList();
    }

    @Test
    @WithUserDetails("tomas")
    void theDueDatesCalendarSpeaksThePagesLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        UI.getCurrent().navigate("coach/assignments");
        DatePicker.DatePickerI18n spanish = $(DatePicker.class).withClassName("assign-due").first().getI18n();
        assertThat(spanish.getMonthNames()).startsWith("Enero", "Febrero").hasSize(12);
        assertThat(spanish.getWeekdays()).startsWith("Domingo", "Lunes").hasSize(7);
        assertThat(spanish.getWeekdaysShort()).startsWith("Dom", "Lun");
        assertThat(spanish.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(spanish.getToday()).isEqualTo("Hoy");
        assertThat(spanish.getCancel()).isEqualTo("Cancelar");
        assertThat(spanish.getBadInputErrorMessage()).isEqualTo("Escribe la fecha así: 14/12/" + LocalDate.now().getYear() + ".");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("coach/progress");
        UI.getCurrent().navigate("coach/assignments");
        DatePicker.DatePickerI18n english = $(DatePicker.class).withClassName("assign-due").first().getI18n();
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getToday()).isEqualTo("Today");
        assertThat(english.getBadInputErrorMessage()).isEqualTo("Write the date like this: 12/14/" + LocalDate.now().getYear() + ".");
    }

    @Test
    @WithUserDetails("tomas")
    @SuppressWarnings("unchecked")
    void coachAssignsARolePlaySeesItListedAndCancelsItAfterConfirming() {
        UI.getCurrent().navigate("coach/assignments");
        ComboBox<Assignable> item = $(ComboBox.class).withClassName("assign-item").first();
        DatePicker due = $(DatePicker.class).withClassName("assign-due").first();
        Button assign = $(Button.class).withClassName("assign-submit").first();

        test(assign).click();
        assertThat(item.isInvalid()).isTrue();
        assertThat(item.getErrorMessage()).isEqualTo("Choose what to assign.");

        Assignable hotel = item.getListDataView().getItems().filter(a -> a.title().contains("hotel")
                || a.item().contentId().equals("hotel-overbooked")).findFirst().orElseThrow();
        test(item).selectItem(item.getItemLabelGenerator().apply(hotel));
        // The picker offers no past dates; the server refuses them too (CoachingFacadeTest).
        assertThat(due.getMin()).isEqualTo(LocalDate.now());
        test(due).setValue(LocalDate.now().plusDays(6));
        test(assign).click();
        assertThat(item.getValue()).as("the form is emptied after success").isNull();
        assertThat(item.isInvalid()).as("and shows no error").isFalse();
        assertThat(due.isInvalid()).isFalse();
        Grid<Assignment> grid = $(Grid.class).withClassName("assignment-grid").first();
        assertThat(grid.getThemeNames()).as("long titles wrap instead of being cut").contains("wrap-cell-content");
        assertThat(grid.getParent().orElseThrow().getElement().getStyle().get("width"))
                .as("the list takes the page's width, not its content's").isEqualTo("100%");
        List<Assignment> rows = rows(grid);
        Assignment created = rows.stream().filter(a -> a.item().contentId().equals("hotel-overbooked"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(created.assignees()).isNotEmpty();

        assertThat(rows).extracting(Assignment::dueOn).as("soonest due first").isSorted();
        test(grid).sortByColumn(1, SortDirection.DESCENDING);
        assertThat(rows(grid)).extracting(Assignment::dueOn).as("sorted by the database, latest due first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        test(grid).sortByColumn(1, SortDirection.ASCENDING);

        int row = rows.indexOf(created);
        Button cancel = (Button) test(grid).getCellComponent(row, 4).getChildren()
                .filter(c -> c.hasClassName("cancel-assignment")).findFirst().orElseThrow();
        test(cancel).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).first();
        test(confirm).confirm();
        assertThat(rows(grid)).noneMatch(a -> a.id() == created.id());
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.coaching.CoachingFacade coaching;

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.identity.IdentityFacade identity;

    @Test
    @WithUserDetails("tomas")
    @SuppressWarnings("unchecked")
    void aSaveOverSomeoneElsesChangeIsRefusedWithTheEditsKept() {
        var account = identity.account("tomas").orElseThrow();
        var tomas = new com.empathycoach.core.identity.Actor(account.id(), account.username(), account.roles());
        long team = coaching.myTeams(tomas).getFirst().id();
        long id = coaching.assign(tomas, team, com.empathycoach.core.coaching.AssignedItem.scenario("price-rise"),
                java.util.Set.of(), LocalDate.now().plusDays(5), "First note");
        UI.getCurrent().navigate("coach/assignments");
        Grid<Assignment> grid = $(Grid.class).withClassName("assignment-grid").first();
        List<Assignment> rows = rows(grid);
        int row = rows.indexOf(rows.stream().filter(a -> a.id() == id).findFirst().orElseThrow());
        Button edit = (Button) test(grid).getCellComponent(row, 4).getChildren()
                .filter(c -> c.hasClassName("edit-assignment")).findFirst().orElseThrow();
        test(edit).click();
        // Meanwhile another session saves a change to the same assignment.
        coaching.update(tomas, id, rows.get(row).version(), LocalDate.now().plusDays(9), "Changed elsewhere");

        var note = $(com.vaadin.flow.component.textfield.TextArea.class).all().stream()
                .filter(t -> "First note".equals(t.getValue())).findFirst().orElseThrow();
        test(note).setValue("My own edit");
        test($(Button.class).withClassName("save-assignment").first()).click();
        var message = $(com.vaadin.flow.component.html.Paragraph.class).withClassName("changed-elsewhere").first();
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("Someone else changed this assignment");
        assertThat(note.getValue()).as("the coach's edit is still in the form").isEqualTo("My own edit");
        assertThat($(Button.class).withClassName("reload-assignment").first().isVisible()).isTrue();
        assertThat(coaching.teamAssignments(tomas, team, Locale.ENGLISH).stream().filter(a -> a.id() == id).findFirst().orElseThrow()
                .note()).as("the earlier save is kept").isEqualTo("Changed elsewhere");
        coaching.cancel(tomas, id);
    }
}
