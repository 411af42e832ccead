package com.empathycoach.web.reporting.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.reporting.Dashboard;
import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingFacade;
import com.empathycoach.core.reporting.ReportingFacade.Choice;
import com.empathycoach.core.reporting.XapiFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.shared.PublicUrls;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.DatePickerTexts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * HR's start page: completion by team and module, overdue work, average score and the weekly trend,
 * filtered by team, module and assignment dates, with exports of exactly what is filtered.
 */
@Route(Routes.HR_HOME)
@Menu(order = 20, title = "menu.hr.home", icon = "vaadin:chart")
@RolesAllowed({"HR", "ADMIN"})
class HrHomeView extends VerticalLayout implements LocalizedTitle {

    private final transient ReportingFacade reporting;
    private final transient Actor actor;
    private final ComboBox<Choice> team = new ComboBox<>();
    private final ComboBox<Choice> module = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div results = new Div();
    private volatile ReportFilter filter = ReportFilter.everything();

    HrHomeView(CurrentUser currentUser, ReportingFacade reporting, XapiFacade xapi, IdentityFacade identity,
                      PublicUrls urls) {
        this.reporting = reporting;
        this.actor = currentUser.actor();
        addClassName("hr-home");
        var options = reporting.options(actor, getLocale());
        team.setLabel(getTranslation("hr.filter.team"));
        team.setItems(options.teams());
        team.setItemLabelGenerator(Choice::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder(getTranslation("hr.filter.all"));
        team.addClassName("filter-team");
        module.setLabel(getTranslation("hr.filter.module"));
        module.setItems(options.modules());
        module.setItemLabelGenerator(Choice::name);
        module.setClearButtonVisible(true);
        module.setPlaceholder(getTranslation("hr.filter.all"));
        module.addClassName("filter-module");
        from.setLabel(getTranslation("hr.filter.from"));
        DatePickerTexts.translated(from);
        DatePickerTexts.translated(to);
        to.setLabel(getTranslation("hr.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addClassName("filter-from");
        to.addClassName("filter-to");
        team.addValueChangeListener(e -> refresh());
        module.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(team, module, from, to);
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("hr-filters");
        results.setWidthFull();
        add(new H2(getTranslation("hr.dashboard.title")), filters,
                new ExportLinks(reporting, xapi, actor, () -> filter, urls), results,
                new Details(getTranslation("hr.home.title"), new HeadcountGrid(identity, actor)));
        refresh();
    }

    private void refresh() {
        to.setInvalid(false);
        ReportFilter next;
        try {
            next = new ReportFilter(team.getValue() == null ? null : Long.valueOf(team.getValue().id()),
                    module.getValue() == null ? null : module.getValue().id(), from.getValue(), to.getValue());
        } catch (InvalidInputException e) {
            to.setErrorMessage(getTranslation(e.messageKey()));
            to.setInvalid(true);
            return;
        }
        filter = next;
        Dashboard dashboard = reporting.dashboard(actor, next, getLocale());
        results.removeAll();
        results.add(new DashboardPanel(dashboard));
    }

    @Override
    public String titleKey() {
        return "title.hrHomeView";
    }
}
