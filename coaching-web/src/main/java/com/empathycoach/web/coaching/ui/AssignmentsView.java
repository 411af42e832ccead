package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.AssignmentOrder;
import com.empathycoach.core.coaching.AssignmentOrder.By;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.CoachingFacade.Assignable;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Paging;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.DatePickerTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A coach assigns lessons, modules and role-plays to their team, and edits or cancels what they assigned. */
@Route("coach/assignments")
@Menu(order = 11, title = "menu.coach.assignments", icon = "vaadin:tasks")
@RolesAllowed("COACH")
class AssignmentsView extends VerticalLayout implements LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient CoachingFacade coaching;
    private final Select<TeamSummary> team = new Select<>();
    private final ComboBox<Assignable> item = new ComboBox<>();
    private final MultiSelectComboBox<TeamMember> agents = new MultiSelectComboBox<>();
    private final DatePicker due = new DatePicker();
    private final TextArea note = new TextArea();
    private final Grid<Assignment> grid = new Grid<>();
    private final Div listArea = new Div();

    AssignmentsView(CurrentUser currentUser, CoachingFacade coaching) {
        this.currentUser = currentUser;
        this.coaching = coaching;
        addClassName("assignments-view");
        add(new H2(getTranslation("coaching.assignments.title")));
        List<TeamSummary> teams = coaching.myTeams(actor());
        if (teams.isEmpty()) {
            add(EmptyState.of(getTranslation("coach.home.empty")));
            return;
        }
        team.setLabel(getTranslation("coaching.assign.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.addValueChangeListener(e -> teamChanged());
        Button assign = new Button(getTranslation("coaching.assign.submit"), e -> assign());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.addClassName("assign-submit");
        configureGrid();
        listArea.setWidthFull();
        add(team, new H3(getTranslation("coaching.assign.title")), form(), assign,
                new H3(getTranslation("coaching.assignments.list")), listArea);
        team.setValue(teams.getFirst());
    }

    private FormLayout form() {
        item.setLabel(getTranslation("coaching.assign.item"));
        item.setItems(coaching.assignable(actor(), getLocale()));
        item.setItemLabelGenerator(a -> getTranslation("coaching.kind." + a.item().kind()) + ": " + a.title());
        item.setRequiredIndicatorVisible(true);
        // The view decides when the field is in error (on submit), not the browser on every change.
        item.setManualValidation(true);
        item.setClearButtonVisible(true);
        item.addClassName("assign-item");

        agents.setLabel(getTranslation("coaching.assign.agents"));
        agents.setHelperText(getTranslation("coaching.assign.agentsHelp"));
        agents.setItemLabelGenerator(TeamMember::displayName);

        due.setLabel(getTranslation("coaching.assign.due"));
        DatePickerTexts.translated(due);
        due.setRequiredIndicatorVisible(true);
        due.setMin(coaching.today());
        due.setValue(coaching.today().plusDays(7));
        due.addClassName("assign-due");

        note.setLabel(getTranslation("coaching.assign.note"));
        note.setMaxLength(CoachingFacade.MAX_NOTE_LENGTH);
        note.setHelperText(getTranslation("coaching.assign.noteHelp", CoachingFacade.MAX_NOTE_LENGTH));

        FormLayout form = new FormLayout(item, agents, due, note);
        form.setColspan(note, 2);
        form.addClassName("assign-form");
        return form;
    }

    /** The team's assignments, read page by page as the coach scrolls, sorted by the database. */
    private void configureGrid() {
        grid.addClassName("assignment-grid");
        // Long titles and notes wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> getTranslation("coaching.kind." + a.item().kind()) + ": " + a.title())
                .setHeader(getTranslation("coaching.assign.item")).setFlexGrow(3).setSortProperty(By.ITEM.name());
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("coaching.assign.due")).setAutoWidth(true)
                .setSortProperty(By.DUE.name());
        grid.addColumn(a -> getTranslation("coaching.assignments.done", a.doneCount(), a.assignees().size()))
                .setHeader(getTranslation("coaching.assignments.progress")).setAutoWidth(true);
        grid.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("coaching.assign.note")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("coaching.assignments.actions")).setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.setHeight("28rem");
        grid.setAriaLabel(getTranslation("coaching.assignments.list"));
        grid.setItems(query -> coaching.teamAssignments(actor(), team.getValue().id(), order(query), Paging.page(query),
                        getLocale())
                .stream(), query -> coaching.countTeamAssignments(actor(), team.getValue().id()));
    }

    private static AssignmentOrder order(Query<Assignment, Void> query) {
        return Paging.sorted(query).map(s -> new AssignmentOrder(By.valueOf(s.property()), s.descending()))
                .orElse(AssignmentOrder.SOONEST_DUE);
    }

    private void teamChanged() {
        TeamSummary selected = team.getValue();
        agents.clear();
        agents.setItems(selected == null ? List.of() : selected.agents());
        refresh();
    }

    private void refresh() {
        listArea.removeAll();
        if (team.getValue() == null) {
            return;
        }
        if (coaching.countTeamAssignments(actor(), team.getValue().id()) == 0) {
            listArea.add(EmptyState.of(getTranslation("coaching.assignments.empty")));
            return;
        }
        grid.getDataProvider().refreshAll();
        listArea.add(grid);
    }

    private void assign() {
        List.<HasValidation>of(item, due, note).forEach(f -> f.setInvalid(false));
        if (item.getValue() == null) {
            item.setErrorMessage(getTranslation("coaching.assign.itemMissing"));
            item.setInvalid(true);
            item.focus();
            return;
        }
        Set<Long> chosen = agents.getValue().stream().map(TeamMember::userId).collect(Collectors.toSet());
        CoachingFacade.Assigned assigned;
        try {
            assigned = coaching.assignAndReport(actor(), team.getValue().id(), item.getValue().item(), chosen,
                    due.getValue(), note.getValue());
        } catch (InvalidInputException e) {
            show(e, due, note);
            return;
        }
        Notification done = Notification.show(assigned.alreadyOpen() == 0
                ? getTranslation("coaching.assign.done", item.getValue().title(), assigned.agents())
                : getTranslation("coaching.assign.doneSkipping", item.getValue().title(), assigned.agents(),
                        assigned.alreadyOpen()));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        item.clear();
        agents.clear();
        note.clear();
        // A form emptied after success is not a form with errors.
        List.<HasValidation>of(item, agents, due, note).forEach(f -> f.setInvalid(false));
        refresh();
    }

    private void show(InvalidInputException e, DatePicker dueField, TextArea noteField) {
        HasValidation field = switch (e.field()) {
            case "note" -> noteField;
            case "agents" -> agents;
            case "item" -> item;
            default -> dueField;
        };
        field.setErrorMessage(getTranslation(e.messageKey(), CoachingFacade.MAX_NOTE_LENGTH));
        field.setInvalid(true);
    }

    private Component dueCell(Assignment a) {
        String date = Formats.date(getLocale()).format(a.dueOn());
        Span text = new Span(date);
        if (a.dueOn().isBefore(coaching.today()) && a.doneCount() < a.assignees().size()) {
            Span overdue = new Span(getTranslation("coaching.overdue"));
            overdue.getElement().getThemeList().add("badge error small");
            return new HorizontalLayout(text, overdue);
        }
        return text;
    }

    private Component actions(Assignment a) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(a));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("coaching.assignments.edit", a.title()));
        edit.addClassName("edit-assignment");
        Button cancel = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmCancel(a));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        cancel.setAriaLabel(getTranslation("coaching.assignments.cancel", a.title()));
        cancel.addClassName("cancel-assignment");
        return new HorizontalLayout(edit, cancel);
    }

    private void edit(Assignment a) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("coaching.assignments.editTitle", a.title()));
        Paragraph changedElsewhere = new Paragraph();
        changedElsewhere.addClassName("changed-elsewhere");
        changedElsewhere.getElement().setAttribute("role", "alert");
        changedElsewhere.setVisible(false);
        Button reload = new Button(getTranslation("coaching.assignments.reload"), e -> {
            dialog.close();
            refresh();
        });
        reload.addClassName("reload-assignment");
        reload.setVisible(false);
        DatePicker newDue = DatePickerTexts.translated(new DatePicker(getTranslation("coaching.assign.due"), a.dueOn()));
        newDue.setMin(coaching.today());
        TextArea newNote = new TextArea(getTranslation("coaching.assign.note"));
        newNote.setMaxLength(CoachingFacade.MAX_NOTE_LENGTH);
        newNote.setValue(a.note() == null ? "" : a.note());
        newNote.setWidthFull();
        Button save = new Button(getTranslation("coaching.assignments.save"), e -> {
            if (saved(a, newDue, newNote, changedElsewhere, reload)) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-assignment");
        dialog.add(new VerticalLayout(changedElsewhere, newDue, newNote));
        dialog.getFooter().add(new Button(getTranslation("coaching.assignments.back"), e -> dialog.close()), reload, save);
        dialog.open();
    }

    /**
     * Saves the edit; false when it was refused. If someone saved first, the dialog keeps its edits, says what
     * happened and offers the fresh copy.
     */
    private boolean saved(Assignment a, DatePicker newDue, TextArea newNote, Paragraph changedElsewhere, Button reload) {
        try {
            coaching.update(actor(), a.id(), a.version(), newDue.getValue(), newNote.getValue());
            return true;
        } catch (InvalidInputException ex) {
            if ("version".equals(ex.field())) {
                changedElsewhere.setText(getTranslation(ex.messageKey()));
                changedElsewhere.setVisible(true);
                reload.setVisible(true);
            } else {
                show(ex, newDue, newNote);
            }
            return false;
        }
    }

    private void confirmCancel(Assignment a) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("coaching.assignments.cancelTitle"));
        confirm.setText(getTranslation("coaching.assignments.cancelText", a.title(), a.assignees().size()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("coaching.assignments.back"));
        confirm.setConfirmText(getTranslation("coaching.assignments.cancelConfirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            coaching.cancel(actor(), a.id());
            refresh();
        });
        com.empathycoach.web.shared.Confirmations.openFocusingCancel(confirm);
    }

    private Actor actor() {
        return currentUser.actor();
    }

    @Override
    public String titleKey() {
        return "title.assignmentsView";
    }
}
