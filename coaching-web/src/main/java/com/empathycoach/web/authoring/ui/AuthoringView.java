package com.empathycoach.web.authoring.ui;

import com.empathycoach.web.shared.UploadTexts;
import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.AuthoringFacade.Row;
import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.Draft;
import com.empathycoach.core.authoring.InvalidContentException;
import com.empathycoach.core.lesson.Channel;
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
import com.vaadin.flow.component.html.H3;
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

/**
 * What an author can edit: every published module and role-play and every draft, with the state of its Spanish; a new
 * module or role-play; and importing YAML.
 */
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
                importResult, new H3(getTranslation("authoring.modules")), grid(ContentKind.MODULE),
                new H3(getTranslation("authoring.scenarios")), grid(ContentKind.SCENARIO));
    }

    /** The editor's address of a module or role-play. */
    static RouteParameters editor(ContentKind kind, String id) {
        return new RouteParameters(kind == ContentKind.MODULE ? "moduleId" : "scenarioId", id);
    }

    private Grid<Row> grid(ContentKind kind) {
        Grid<Row> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new RouterLink(r.id(), ModuleEditorView.class, editor(kind, r.id())))
                .setHeader(getTranslation(kind == ContentKind.MODULE ? "authoring.module" : "authoring.scenario"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.title(getLocale())).setHeader(getTranslation("authoring.moduleTitle")).setFlexGrow(3);
        grid.addColumn(r -> r.revision() == null ? getTranslation("authoring.notPublished")
                : getTranslation("authoring.revision", r.revision())).setHeader(getTranslation("authoring.published"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.draft().isEmpty() ? getTranslation("authoring.noDraft") : r.draftChanged()
                ? getTranslation("authoring.draftChanged") : getTranslation("authoring.draftSame"))
                .setHeader(getTranslation("authoring.draft")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("authoring.spanish." + r.spanish().name()))
                .setHeader(getTranslation("authoring.spanish")).setAutoWidth(true);
        grid.setItems(authoring.list(author, kind));
        grid.setAllRowsVisible(true);
        grid.addClassName(kind == ContentKind.MODULE ? "authoring-grid" : "authoring-scenarios");
        grid.getElement().setAttribute("aria-label", getTranslation(kind == ContentKind.MODULE ? "authoring.modules"
                : "authoring.scenarios"));
        return grid;
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElseThrow();
            String yaml = new String(bytes, StandardCharsets.UTF_8);
            ui.access(() -> importYaml(yaml));
        }));
        upload.setMaxFiles(1);
        UploadTexts.translated(upload);
        upload.setMaxFileSize(1024 * 1024);
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/yaml", "text/yaml");
        upload.setUploadButton(new Button(getTranslation("authoring.import")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("authoring.importDrop")));
        upload.addClassName("import-module");
        return upload;
    }

    private void importYaml(String yaml) {
        try {
            Draft draft = authoring.importYaml(author.userId(), ContentKind.of(yaml), yaml, getLocale());
            UI.getCurrent().navigate(ModuleEditorView.class, editor(draft.kind(), draft.id()));
        } catch (InvalidContentException e) {
            importResult.setText(getTranslation("authoring.importRefused", e.problems().size()) + " " + e.problems()
                    .stream().limit(10).map(p -> p.where() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
    }

    private Dialog newDialog() {
        Dialog dialog = new Dialog(getTranslation("authoring.new"));
        Select<ContentKind> kind = new Select<>();
        kind.setLabel(getTranslation("authoring.kind"));
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("authoring.kind." + k.name()));
        kind.setValue(ContentKind.MODULE);
        kind.addClassName("new-kind");
        TextField id = new TextField(getTranslation("authoring.id"));
        id.setHelperText(getTranslation("authoring.idHelp"));
        id.setPattern("[a-z0-9]+(-[a-z0-9]+)*");
        TextField title = new TextField(getTranslation("authoring.moduleTitle"));
        Select<EmpathyKey> key = new Select<>();
        key.setLabel(getTranslation("authoring.key"));
        key.setItems(EmpathyKey.values());
        key.setItemLabelGenerator(k -> getTranslation("key." + k.name()));
        key.setValue(EmpathyKey.DISCOVER);
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("authoring.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setValue(Channel.CHAT);
        channel.setVisible(false);
        kind.addValueChangeListener(e -> {
            key.setVisible(e.getValue() == ContentKind.MODULE);
            channel.setVisible(e.getValue() == ContentKind.SCENARIO);
        });
        Button create = new Button(getTranslation("authoring.create"), e -> create(dialog, kind.getValue(), id, title,
                kind.getValue() == ContentKind.MODULE ? key.getValue() : channel.getValue()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-module");
        dialog.add(new VerticalLayout(kind, id, title, key, channel));
        dialog.getFooter().add(new Button(getTranslation("interactions.cancel"), e -> dialog.close()), create);
        dialog.setWidth("min(30rem, 95vw)");
        return dialog;
    }

    private void create(Dialog dialog, ContentKind kind, TextField id, TextField title, Object keyOrChannel) {
        try {
            Draft draft = kind == ContentKind.MODULE
                    ? authoring.createModule(author, id.getValue(), title.getValue(), (EmpathyKey) keyOrChannel)
                    : authoring.createScenario(author, id.getValue(), title.getValue(), (Channel) keyOrChannel);
            dialog.close();
            UI.getCurrent().navigate(ModuleEditorView.class, editor(kind, draft.id()));
        } catch (InvalidInputException ex) {
            TextField field = ex.field().equals("title") ? title : id;
            field.setErrorMessage(getTranslation(ex.messageKey()));
            field.setInvalid(true);
        }
    }

    @Override
    public String titleKey() {
        return "title.authoringView";
    }
}
