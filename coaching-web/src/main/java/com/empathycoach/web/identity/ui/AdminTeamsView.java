package com.empathycoach.web.identity.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Admins create teams and appoint their coaches and agents. */
@Route("admin/teams")
@Menu(order = 91, title = "menu.admin.teams", icon = "vaadin:group")
@RolesAllowed("ADMIN")
class AdminTeamsView extends VerticalLayout implements LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient IdentityFacade identity;
    private final FlexLayout cards = new FlexLayout();

    AdminTeamsView(CurrentUser currentUser, IdentityFacade identity) {
        this.currentUser = currentUser;
        this.identity = identity;
        addClassName("admin-teams");
        TextField name = new TextField(getTranslation("admin.teams.name"));
        name.setMaxLength(120);
        name.addClassName("team-name");
        Button create = new Button(getTranslation("admin.teams.create"), e -> {
            try {
                identity.createTeam(actor(), name.getValue());
            } catch (InvalidInputException ex) {
                name.setErrorMessage(getTranslation(ex.messageKey()));
                name.setInvalid(true);
                return;
            }
            name.clear();
            refresh();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-team");
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("card-grid");
        add(new H2(getTranslation("admin.teams.title")), form, cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        List<TeamSummary> teams = identity.allTeams(actor());
        if (teams.isEmpty()) {
            cards.add(EmptyState.of(getTranslation("admin.teams.empty")));
        }
        List<UserAccount> people = identity.users(actor(), "", new Page(0, 500));
        teams.forEach(team -> cards.add(card(team, people)));
    }

    private Card card(TeamSummary team, List<UserAccount> people) {
        Card card = new Card();
        card.addClassName("team-card");
        card.setTitle(new Span(team.name()));
        card.add(members(team, team.coaches(), Role.COACH), members(team, team.agents(), Role.AGENT));
        ComboBox<UserAccount> person = new ComboBox<>(getTranslation("admin.teams.person"));
        person.setItems(people.stream().filter(u -> u.active()
                && (u.roles().contains(Role.COACH) || u.roles().contains(Role.AGENT))).toList());
        person.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        person.addClassName("team-person");
        Button coach = new Button(getTranslation("admin.teams.addCoach"), e -> appoint(team, person, Role.COACH));
        coach.addClassName("add-coach");
        Button agent = new Button(getTranslation("admin.teams.addAgent"), e -> appoint(team, person, Role.AGENT));
        agent.addClassName("add-agent");
        HorizontalLayout actions = new HorizontalLayout(coach, agent);
        actions.setWrap(true);
        card.add(person, actions);
        Button rename = new Button(getTranslation("admin.teams.rename"), e -> renameDialog(team).open());
        rename.addClassName("rename-team");
        rename.setAriaLabel(getTranslation("admin.teams.renameLabel", team.name()));
        Button delete = new Button(getTranslation("admin.teams.delete"), e -> confirmDelete(team));
        delete.addClassName("delete-team");
        delete.setAriaLabel(getTranslation("admin.teams.deleteLabel", team.name()));
        for (Button b : new Button[]{rename, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.addToFooter(rename, delete);
        return card;
    }

    /** A new name for the team; a name another team has, or none, is shown on the field and nothing is lost. */
    private com.vaadin.flow.component.dialog.Dialog renameDialog(TeamSummary team) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("admin.teams.renameTitle", team.name()));
        dialog.addClassName("rename-team-dialog");
        TextField name = new TextField(getTranslation("admin.teams.newName"));
        name.setMaxLength(120);
        name.setValue(team.name());
        name.addClassName("rename-team-name");
        name.setWidthFull();
        Button save = new Button(getTranslation("admin.teams.renameSave"), e -> {
            try {
                identity.renameTeam(actor(), team.id(), name.getValue());
            } catch (InvalidInputException ex) {
                name.setErrorMessage(getTranslation(ex.messageKey()));
                name.setInvalid(true);
                return;
            }
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-team-name");
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(28rem, 95vw)");
        return dialog;
    }

    /** Only a team nothing refers to can go; otherwise the admin is told why, and nothing changes. */
    private void confirmDelete(TeamSummary team) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.teams.deleteTitle", team.name()),
                getTranslation("admin.teams.deleteText"), getTranslation("admin.teams.delete"), e -> {
                    try {
                        identity.deleteTeam(actor(), team.id());
                    } catch (InvalidInputException ex) {
                        com.vaadin.flow.component.notification.Notification.show(getTranslation(ex.messageKey()),
                                6000, com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                        return;
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addClassName("confirm-delete-team");
        com.empathycoach.web.shared.Confirmations.openFocusingCancel(confirm);
    }

    private Div members(TeamSummary team, List<TeamMember> members, Role role) {
        Div box = new Div(new Span(getTranslation(role == Role.COACH ? "admin.teams.coaches" : "admin.teams.agents",
                members.size())));
        box.addClassName("team-members");
        for (TeamMember m : members) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(team, m, role));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("admin.teams.remove", m.displayName(), team.name()));
            box.add(new Div(new Span(m.displayName()), remove));
        }
        return box;
    }

    private void appoint(TeamSummary team, ComboBox<UserAccount> person, Role role) {
        if (person.getValue() == null) {
            person.setErrorMessage(getTranslation("admin.teams.pick"));
            person.setInvalid(true);
            return;
        }
        try {
            identity.appoint(actor(), team.id(), person.getValue().id(), role);
        } catch (InvalidInputException ex) {
            person.setErrorMessage(getTranslation(ex.messageKey()));
            person.setInvalid(true);
            return;
        }
        refresh();
    }

    private void confirmRemove(TeamSummary team, TeamMember member, Role role) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.teams.removeTitle"),
                getTranslation("admin.teams.removeText", member.displayName(), team.name()),
                getTranslation("admin.teams.removeConfirm"), e -> {
                    identity.removeFromTeam(actor(), team.id(), member.userId(), role);
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("coaching.assignments.back"));
        confirm.setConfirmButtonTheme("error primary");
        com.empathycoach.web.shared.Confirmations.openFocusingCancel(confirm);
    }

    private Actor actor() {
        return currentUser.actor();
    }

    @Override
    public String titleKey() {
        return "title.adminTeamsView";
    }
}
