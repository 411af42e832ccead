package com.empathycoach.web.coaching;

import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.CoachingFacade.Assignable;
import com.empathycoach.web.coaching.ui.AssignmentsView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class AssignmentsViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("tomas")
    @SuppressWarnings("unchecked")
    void coachAssignsARolePlaySeesItListedAndCancelsItAfterConfirming() {
        UI.getCurrent().navigate(AssignmentsView.class);
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
        List<Assignment> rows = test(grid).size() == 0 ? List.of()
                : grid.getListDataView().getItems().toList();
        Assignment created = rows.stream().filter(a -> a.item().contentId().equals("hotel-overbooked"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(created.assignees()).isNotEmpty();

        int row = rows.indexOf(created);
        Button cancel = (Button) test(grid).getCellComponent(row, 4).getChildren()
                .filter(c -> c.hasClassName("cancel-assignment")).findFirst().orElseThrow();
        test(cancel).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).first();
        test(confirm).confirm();
        assertThat(grid.getListDataView().getItems()).noneMatch(a -> a.id() == created.id());
    }
}
