package com.empathycoach.web.identity.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.web.shared.Routes;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.web.security.LoginThrottle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.Page;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/** Every account, searchable, loaded page by page as the admin scrolls. */
@Route(Routes.ADMIN_USERS)
@Menu(order = 90, title = "menu.admin.users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
class AdminUsersView extends VerticalLayout implements LocalizedTitle {

    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField search = new TextField();

    AdminUsersView(CurrentUser currentUser, IdentityFacade identity, GamificationFacade gamification,
                          AccountFacade accounts, LoginThrottle throttle) {
        addClassName("admin-users");
        setSizeFull();
        Actor actor = currentUser.actor();

        search.setLabel(getTranslation("admin.users.search"));
        search.setPlaceholder(getTranslation("admin.users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid(actor, identity, accounts, throttle);

        Checkbox anonymous = new Checkbox(getTranslation("admin.settings.anonymous"), gamification.anonymousBoards());
        anonymous.addClassName("anonymous-boards");
        anonymous.addValueChangeListener(e -> gamification.setAnonymousBoards(actor, e.getValue()));
        add(new H2(getTranslation("admin.users.title")), tools(actor, accounts), anonymous, search, grid);
        setFlexGrow(1, grid);
    }

    /** Every account matching the search, read page by page as the admin scrolls. */
    private void configureGrid(Actor actor, IdentityFacade identity, AccountFacade accounts, LoginThrottle throttle) {
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.users.name")).setFlexGrow(2);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.users.username"));
        grid.addColumn(UserAccount::email).setHeader(getTranslation("admin.users.email")).setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::name).map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles"));
        grid.addComponentColumn(u -> new Span(getTranslation(u.active() ? "admin.users.active" : "admin.users.inactive")))
                .setHeader(getTranslation("admin.users.status"));
        grid.addComponentColumn(u -> new UserActions(u, actor, accounts, throttle, () -> grid.getDataProvider().refreshAll()))
                .setHeader(getTranslation("admin.users.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("admin.users.title"));
        grid.setItems(
                query -> identity.users(actor, search.getValue(), new Page(query.getOffset(), query.getLimit())).stream(),
                query -> (int) identity.countUsers(actor, search.getValue()));
        grid.setEmptyStateText(getTranslation("admin.users.empty"));
    }

    /** Create a person, import many, or read the audit log. */
    private HorizontalLayout tools(Actor actor, AccountFacade accounts) {
        Button create = new Button(getTranslation("admin.users.create"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(null, actor, accounts, () -> grid.getDataProvider().refreshAll()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-user");
        RouterLink importLink = new RouterLink(getTranslation("admin.import.open"), AdminImportView.class);
        Anchor auditLink = Routes.link(Routes.AUDIT_LOG, getTranslation("hr.audit.open"));
        HorizontalLayout tools = new HorizontalLayout(create, importLink, auditLink);
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        return tools;
    }

    @Override
    public String titleKey() {
        return "title.adminUsersView";
    }
}
