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

    /** Below this window width the list shows one column per person instead of seven. */
    private static final int NARROW_PX = 700;

    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    private final TextField search = new TextField();
    private final java.util.List<Grid.Column<UserAccount>> wideColumns = new java.util.ArrayList<>();
    private Grid.Column<UserAccount> narrowColumn;

    AdminUsersView(CurrentUser currentUser, IdentityFacade identity, GamificationFacade gamification,
                          AccountFacade accounts, LoginThrottle throttle) {
        addClassName("admin-users");
        setSizeFull();
        Actor actor = currentUser.actor();

        search.setLabel(getTranslation("admin.users.search"));
        search.setPlaceholder(getTranslation("admin.users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        // Wide enough for its hint ("Name, username or email") on a phone too.
        search.setWidth("min(24rem, 100%)");
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
        wideColumns.add(grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.users.name")).setFlexGrow(2));
        wideColumns.add(grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.users.username")));
        wideColumns.add(grid.addColumn(UserAccount::email).setHeader(getTranslation("admin.users.email")).setFlexGrow(2));
        wideColumns.add(grid.addColumn(this::roles).setHeader(getTranslation("admin.users.roles")));
        wideColumns.add(grid.addComponentColumn(u -> new Span(status(u))).setHeader(getTranslation("admin.users.status")));
        wideColumns.add(grid.addComponentColumn(u -> new UserActions(u, actor, accounts, throttle,
                () -> grid.getDataProvider().refreshAll())).setHeader(getTranslation("admin.users.actions"))
                .setAutoWidth(true).setFlexGrow(0));
        // On a phone: one column with everything, the actions under the details, so nothing needs sideways scrolling.
        narrowColumn = grid.addComponentColumn(u -> {
            Span name = new Span(u.displayName());
            name.addClassName("user-summary-name");
            com.vaadin.flow.component.html.Div person = new com.vaadin.flow.component.html.Div(name,
                    new com.vaadin.flow.component.html.Div(u.username() + " \u00B7 " + u.email()),
                    new com.vaadin.flow.component.html.Div(roles(u) + " \u00B7 " + status(u)),
                    new UserActions(u, actor, accounts, throttle, () -> grid.getDataProvider().refreshAll()));
            person.addClassName("user-summary");
            return person;
        }).setHeader(getTranslation("admin.users.person"));
        narrowColumn.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("admin.users.title"));
        grid.setItems(
                query -> identity.users(actor, search.getValue(), new Page(query.getOffset(), query.getLimit())).stream(),
                query -> (int) identity.countUsers(actor, search.getValue()));
        grid.setEmptyStateText(getTranslation("admin.users.empty"));
    }

    private String roles(UserAccount u) {
        return u.roles().stream().sorted().map(Role::name).map(r -> getTranslation("role." + r))
                .collect(Collectors.joining(", "));
    }

    private String status(UserAccount u) {
        return getTranslation(u.active() ? "admin.users.active" : "admin.users.inactive");
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        page.executeJs("return window.innerWidth").then(Integer.class, this::fitTo);
        var resize = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
        addDetachListener(e -> {
            resize.remove();
            e.unregisterListener();
        });
    }

    private void fitTo(int windowWidth) {
        boolean narrow = windowWidth < NARROW_PX;
        wideColumns.forEach(c -> c.setVisible(!narrow));
        narrowColumn.setVisible(narrow);
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
