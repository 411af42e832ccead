package com.empathycoach.web.authoring.ui;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.AuthoringFacade.ModuleRow;
import com.empathycoach.core.authoring.InvalidModuleException;
import com.empathycoach.core.authoring.ModuleDraft;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The modules an author can edit: every published one and every draft, a new module, and importing YAML. */
@Route(AuthoringView.PATH)
@Menu(order = 16, title = "menu.authoring", icon = "vaadin:pencil")
@RolesAllowed("AUTHOR")
class AuthoringView extends VerticalLayout implements LocalizedTitle {

    static final String PATH = "authoring";

    private final transient AuthoringFacade authoring;
    private final transient Actor author;
    private final Paragraph importResult = new Paragraph();

    AuthoringView(CurrentUser currentUser, AuthoringFacade authoring) {
        this.authoring = authoring;
        this.author = currentUser.actor();
        addClassName("authoring-view");
        Button create = new Button(getTranslation("authoring.new"), e -> newDialog().open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("new-module");
        importResult.addClassName("import-result");
        FlexLayout actions = new FlexLayout(create, upload());
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("authoring.title")), new Paragraph(getTranslation("authoring.intro")), actions,
                importResult, grid());
    }

    private Grid<ModuleRow> grid() {
        Grid<ModuleRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new RouterLink(r.moduleId(), ModuleEditorView.class,
                new RouteParameters("moduleId", r.moduleId()))).setHeader(getTranslation("authoring.module")).setFlexGrow(3);
        grid.addColumn(r -> r.revision() == null ? getTranslation("authoring.notPublished")
                : getTranslation("authoring.revision", r.revision())).setHeader(getTranslation("authoring.published"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.draft().isEmpty() ? getTranslation("authoring.noDraft") : r.draftChanged()
                ? getTranslation("authoring.draftChanged") : getTranslation("authoring.draftSame"))
                .setHeader(getTranslation("authoring.draft")).setAutoWidth(true);
        grid.setItems(authoring.modules(author));
        grid.setAllRowsVisible(true);
        grid.addClassName("authoring-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("authoring.title"));
        return grid;
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElseThrow();
            String yaml = new String(bytes, StandardCharsets.UTF_8);
            ui.access(() -> importYaml(yaml));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(1024 * 1024);
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setUploadButton(new Button(getTranslation("authoring.import")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("authoring.importDrop")));
        upload.addClassName("import-module");
        return upload;
    }

    private void importYaml(String yaml) {
        try {
            ModuleDraft draft = authoring.importYaml(author.userId(), yaml);
            UI.getCurrent().navigate(ModuleEditorView.class, new RouteParameters("moduleId", draft.moduleId()));
        } catch (InvalidModuleException e) {
            importResult.setText(getTranslation("authoring.importRefused", e.problems().size()) + " " + e.problems()
                    .stream().limit(10).map(p -> p.where() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    private Dialog newDialog() {
        Dialog dialog = new Dialog(getTranslation("authoring.new"));
        TextField id = new TextField(getTranslation("authoring.id"));
        id.setHelperText(getTranslation("authoring.idHelp"));
        id.setPattern("[a-z0-9]+(-[a-z0-9]+)*");
        TextField title = new TextField(getTranslation("authoring.moduleTitle"));
        Select<EmpathyKey> key = new Select<>();
        key.setLabel(getTranslation("authoring.key"));
        key.setItems(EmpathyKey.values());
        key.setItemLabelGenerator(k -> getTranslation("key." + k.name()));
        key.setValue(EmpathyKey.DISCOVER);
        Button create = new Button(getTranslation("authoring.create"), e -> {
            try {
                ModuleDraft draft = authoring.create(author, id.getValue(), title.getValue(), key.getValue());
                dialog.close();
                UI.getCurrent().navigate(ModuleEditorView.class, new RouteParameters("moduleId", draft.moduleId()));
            } catch (InvalidInputException ex) {
                TextField field = ex.field().equals("title") ? title : id;
                field.setErrorMessage(getTranslation(ex.messageKey()));
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-module");
        dialog.add(new VerticalLayout(id, title, key));
        dialog.getFooter().add(new Button(getTranslation("interactions.cancel"), e -> dialog.close()), create);
        dialog.setWidth("min(30rem, 95vw)");
        return dialog;
    }

    @Override
    public String titleKey() {
        return "title.authoringView";
    }
}
