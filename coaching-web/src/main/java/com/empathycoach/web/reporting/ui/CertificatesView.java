package com.empathycoach.web.reporting.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.reporting.Certificate;
import com.empathycoach.core.reporting.CertificateFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.reporting.CertificatePdf;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** PDF certificates for completed modules: an agent's own, or any agent's for HR and admins. */
@Route("certificates")
@Menu(order = 21, title = "menu.certificates", icon = "vaadin:diploma")
@RolesAllowed({"AGENT", "HR", "ADMIN"})
class CertificatesView extends VerticalLayout implements LocalizedTitle {

    private final transient CertificateFacade certificates;
    private final transient Actor actor;
    private final Div list = new Div();

    CertificatesView(CurrentUser currentUser, CertificateFacade certificates, IdentityFacade identity) {
        this.certificates = certificates;
        this.actor = currentUser.actor();
        addClassName("certificates");
        add(new H2(getTranslation("certificates.title")));
        if (actor.has(Role.HR) || actor.has(Role.ADMIN)) {
            Map<Long, TeamMember> agents = new TreeMap<>();
            identity.allTeams(actor).forEach(t -> t.agents().forEach(a -> agents.put(a.userId(), a)));
            ComboBox<TeamMember> agent = new ComboBox<>(getTranslation("certificates.agent"));
            agent.setItems(agents.values().stream().sorted(Comparator.comparing(TeamMember::displayName)).toList());
            agent.setItemLabelGenerator(TeamMember::displayName);
            agent.addClassName("certificate-agent");
            agent.setWidth("min(24rem, 100%)");
            agent.addValueChangeListener(e -> show(e.getValue() == null ? List.of()
                    : certificates.of(actor, e.getValue().userId()), e.getValue() != null));
            add(agent, list);
            list.add(EmptyState.of(getTranslation("certificates.pick")));
        } else {
            add(list);
            show(certificates.mine(actor), true);
        }
    }

    private void show(List<Certificate> earned, boolean chosen) {
        list.removeAll();
        if (!chosen) {
            list.add(EmptyState.of(getTranslation("certificates.pick")));
            return;
        }
        if (earned.isEmpty()) {
            list.add(EmptyState.of(getTranslation("certificates.none")));
            return;
        }
        DateTimeFormatter date = Formats.date(getLocale());
        Locale locale = getLocale();
        Grid<Certificate> grid = new Grid<>();
        grid.addClassName("certificate-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Certificate::moduleTitle).setHeader(getTranslation("certificates.module")).setFlexGrow(2);
        grid.addColumn(c -> date.format(c.completedOn())).setHeader(getTranslation("certificates.completed")).setAutoWidth(true);
        grid.addColumn(Certificate::number).setHeader(getTranslation("certificates.number")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = CertificatePdf.render(certificates.certificate(actor, c.agentId(), c.moduleId()).orElseThrow(),
                        locale);
                return new com.vaadin.flow.server.streams.DownloadResponse(new ByteArrayInputStream(bytes),
                        CertificatePdf.fileName(c), "application/pdf", bytes.length);
            }), getTranslation("certificates.download"));
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("certificate-download");
            pdf.getElement().setAttribute("aria-label", getTranslation("certificates.downloadLabel", c.moduleTitle()));
            return pdf;
        }).setHeader(getTranslation("certificates.file")).setAutoWidth(true).setFrozenToEnd(true);
        grid.setItems(earned);
        grid.setAllRowsVisible(true);
        list.add(new Paragraph(getTranslation("certificates.count", earned.size())), grid);
    }

    @Override
    public String titleKey() {
        return "title.certificatesView";
    }
}
