package com.empathycoach.web.layout;

import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.Preferences;
import com.empathycoach.web.identity.AccountUiSetup;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;

import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.springframework.web.util.HtmlUtils;
import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.web.gamification.ui.Celebrations;
import com.empathycoach.web.notification.ui.NotificationBell;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in view. The menu lists only entries the person's roles may open,
 * because {@link MenuConfiguration} applies the same access checks as navigation.
 */
@Layout
@PermitAll
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient Celebrations celebrations;

    private static final List<String> LANGUAGES = List.of("en", "es");

    private final NotificationBell bell;

    private final transient AccountFacade accounts;

    public MainLayout(CurrentUser currentUser, Celebrations celebrations, NotificationFacade notifications,
                      AccountFacade accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.celebrations = celebrations;
        this.bell = new NotificationBell(notifications, currentUser.actor());
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, title, bell, userMenu());
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(title);
        navbar.addClassName("app-navbar");
        addToNavbar(navbar);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        addToDrawer(brand, new Scroller(sideNav()));
    }

    /** Every page's own content is its main landmark, so assistive technology can jump straight to it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        celebrations.showIfAny();
        bell.refreshCount();
    }

    /**
     * The menu as one element: the side-navigation items are written as its inner markup instead of as a component
     * each (with its label and icon, three nodes of the page's state per entry, kept for as long as the page is
     * open). The web components behave the same either way: each item navigates with the router and marks itself
     * as the current page.
     */
    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu.label"));
        StringBuilder items = new StringBuilder();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            items.append("<vaadin-side-nav-item path=\"").append(HtmlUtils.htmlEscape(entry.path())).append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon slot=\"prefix\" icon=\"").append(HtmlUtils.htmlEscape(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            items.append(HtmlUtils.htmlEscape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        }
        nav.getElement().setProperty("innerHTML", items.toString());
        return nav;
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(getTranslation("menu.moreOptions")));
        menu.addClassName("user-menu");
        var account = menu.addItem(currentUser.actor().username());
        account.setAriaLabel(getTranslation("layout.user.menu", currentUser.actor().username()));
        var sub = account.getSubMenu();
        for (String tag : LANGUAGES) {
            var item = sub.addItem(getTranslation("layout.language." + tag), e -> {
                accounts.setLocale(currentUser.actor(), tag);
                UI ui = UI.getCurrent();
                ui.getSession().setLocale(Locale.forLanguageTag(tag));
                ui.setLocale(Locale.forLanguageTag(tag));
                ui.getPage().reload();
            });
            item.setCheckable(true);
            item.setChecked(getLocale().getLanguage().equals(tag));
            item.setAriaLabel(getTranslation("layout.language") + ": " + getTranslation("layout.language." + tag));
        }
        sub.addSeparator();
        var dark = sub.addItem(getTranslation("layout.dark"), e -> {
            boolean on = e.getSource().isChecked();
            accounts.setDark(currentUser.actor(), on);
            AccountUiSetup.apply(UI.getCurrent(), new Preferences(null, on));
        });
        dark.setCheckable(true);
        dark.setChecked(Boolean.TRUE.equals(accounts.preferences(currentUser.actor()).dark()));
        dark.addClassName("dark-toggle");
        sub.addItem(getTranslation("layout.password"), e -> UI.getCurrent().navigate("account/password"));
        sub.addItem(getTranslation("layout.logout"), e -> currentUser.logout());
        return menu;
    }
}
