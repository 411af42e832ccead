package com.empathycoach.web.layout;

import com.empathycoach.web.security.CurrentUser;
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
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient CurrentUser currentUser;
    private final transient Celebrations celebrations;

    private final NotificationBell bell;

    public MainLayout(CurrentUser currentUser, Celebrations celebrations, NotificationFacade notifications) {
        this.currentUser = currentUser;
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

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        celebrations.showIfAny();
        bell.refreshCount();
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.menu.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var account = menu.addItem(currentUser.actor().username());
        account.setAriaLabel(getTranslation("layout.user.menu", currentUser.actor().username()));
        account.getSubMenu().addItem(getTranslation("layout.logout"), e -> currentUser.logout());
        return menu;
    }
}
