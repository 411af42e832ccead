package com.empathycoach.web.authoring.ui;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.AuthoringFacade.Check;
import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.ContentValidator.Problem;
import com.empathycoach.core.authoring.Draft;
import com.empathycoach.core.authoring.DraftConflictException;
import com.empathycoach.core.authoring.InvalidContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Edits one module or role-play: its English and Spanish YAML side by side, saved as the author types (a save that
 * started from an older copy is refused and nothing typed is lost), the loader's checks in plain words, a preview as
 * agents will see it (for a role-play, the outline of its branches and playing it as an agent), publishing, earlier
 * revisions, and the YAML to download.
 */
@Route("authoring/:moduleId")
@RouteAlias("authoring/role-plays/:scenarioId")
@RolesAllowed("AUTHOR")
class ModuleEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final int SAVE_AFTER_MS = 1200;

    private final transient AuthoringFacade authoring;
    private final transient Actor author;
    private final TextArea english = new TextArea();
    private final TextArea spanish = new TextArea();
    private final Paragraph status = new Paragraph();
    private final Div conflict = new Div();
    private final Div checks = new Div();
    private final ModulePreview preview = new ModulePreview();
    private final ScenarioPreview scenarioPreview;
    private final Button publish = new Button();
    private final RevisionsPanel revisions;
    private ContentKind kind = ContentKind.MODULE;
    private String moduleId;
    private int version;
    private boolean saved = true;

    ModuleEditorView(CurrentUser currentUser, AuthoringFacade authoring) {
        this.authoring = authoring;
        this.author = currentUser.actor();
        this.revisions = new RevisionsPanel(authoring, author);
        this.scenarioPreview = new ScenarioPreview();
        addClassName("module-editor");
        configureEditors();
        publish.setText(getTranslation("authoring.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("publish-module");
        publish.addClickListener(e -> confirmPublish());
        status.addClassName("draft-status");
        status.getElement().setAttribute("aria-live", "polite");
        checks.addClassName("editor-checks");
        conflict.addClassName("draft-conflict");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = event.getRouteParameters().get("scenarioId").isPresent() ? ContentKind.SCENARIO : ContentKind.MODULE;
        moduleId = event.getRouteParameters().get(kind == ContentKind.MODULE ? "moduleId" : "scenarioId").orElse("");
        Draft draft;
        try {
            draft = authoring.open(author, kind, moduleId);
        } catch (InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        load(draft);
        FlexLayout sources = new FlexLayout(english, spanish);
        sources.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sources.getStyle().set("gap", "var(--lumo-space-m)");
        sources.setWidthFull();
        add(Routes.link(AuthoringView.PATH, getTranslation("authoring.back")), new H2(getPageTitleText()), status,
                conflict, sources, checks, publish, downloads(), kind == ContentKind.MODULE ? preview : scenarioPreview,
                revisions, insightsLink());
        revisions.show(kind, moduleId);
        refreshChecks();
    }

    /** Leaving while the author's text could not be saved (another author saved first) asks before it is lost. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (saved) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.leave.title"),
                getTranslation("authoring.leave.text"), getTranslation("authoring.leave.confirm"), ok -> leave.proceed());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("authoring.leave.stay"));
        com.empathycoach.web.shared.Confirmations.openFocusingCancel(confirm);
    }

    private void configureEditors() {
        for (TextArea area : new TextArea[] {english, spanish}) {
            // Saved once the author pauses (not on the first key, which would save half an edit), and at once when
            // they leave the field, for a link or a button, so nothing waits for the pause.
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(SAVE_AFTER_MS);
            saveOnLeaving(area);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(version);
                }
            });
            area.setMinHeight("24rem");
            area.setMaxHeight("60vh");
            area.getStyle().set("flex", "1 1 22rem").set("min-width", "min(100%, 22rem)")
                    .set("--lumo-font-family", "ui-monospace, monospace");
        }
        guardUnsavedTyping();
        english.setLabel(getTranslation("authoring.english"));
        english.addClassName("source-en");
        spanish.setLabel(getTranslation("authoring.spanish"));
        spanish.addClassName("source-es");
    }

    private void load(Draft draft) {
        english.setValue(draft.source());
        spanish.setValue(draft.sourceEs());
        version = draft.version();
        saved = true;
        markSaved();
        conflict.removeAll();
        status.setText(getTranslation("authoring.status", draft.version(), draft.updatedBy(),
                Formats.dateTime(getLocale()).format(draft.updatedAt().atZone(ZoneId.systemDefault()))));
    }

    /**
     * Closing the tab or reloading while typed text is not yet saved asks the browser's "leave the page?" first. The
     * page compares each field's text with a fingerprint of the text last saved (Java's string hash, which the page
     * works out the same way), so the check needs no copy of the text.
     */
    private void guardUnsavedTyping() {
        addAttachListener(e -> getElement().executeJs("""
                const fields = [$0, $1];
                const hash = s => { let h = 0; for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0; return h; };
                if (window.draftGuard) window.removeEventListener('beforeunload', window.draftGuard);
                window.draftGuard = e => {
                    if (fields.some(f => f.isConnected && f.savedHash !== undefined && hash(f.value || '') !== f.savedHash)) {
                        e.preventDefault();
                        e.returnValue = '';
                    }
                };
                window.addEventListener('beforeunload', window.draftGuard);""", english.getElement(), spanish.getElement()));
    }

    /** Leaving the field sends what it holds with the event itself, and it is saved before anything else happens. */
    private void saveOnLeaving(TextArea area) {
        area.getElement().addEventListener("change", e -> {
            String typed = e.getEventData().path("element.value").asString();
            if (!typed.equals(area.getValue())) {
                area.setValue(typed);
                save(version);
            }
        }).addEventData("element.value");
    }

    private void markSaved() {
        for (TextArea area : new TextArea[] {english, spanish}) {
            area.getElement().executeJs("this.savedHash = $0", area.getValue().hashCode());
        }
    }

    /** Saves over {@code base}; a conflict keeps the author's text on screen and offers both ways out. */
    private void save(int base) {
        try {
            Draft draft = authoring.save(author, kind, moduleId, base, english.getValue(), spanish.getValue());
            version = draft.version();
            saved = true;
            markSaved();
            conflict.removeAll();
            status.setText(getTranslation("authoring.saved", draft.version()));
        } catch (DraftConflictException e) {
            saved = false;
            showConflict(e.current());
        }
        refreshChecks();
    }

    private void showConflict(Draft theirs) {
        conflict.removeAll();
        status.setText(getTranslation("authoring.notSaved"));
        Paragraph text = new Paragraph(getTranslation("authoring.conflict", theirs.updatedBy(), theirs.version()));
        Button mine = new Button(getTranslation("authoring.keepMine"), e -> save(theirs.version()));
        mine.addClassName("keep-mine");
        Button load = new Button(getTranslation("authoring.loadTheirs"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.loadTheirs"),
                    getTranslation("authoring.loadTheirsConfirm"), getTranslation("authoring.loadTheirs"), ok -> {
                        load(theirs);
                        refreshChecks();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("interactions.cancel"));
            confirm.open();
        });
        load.addClassName("load-theirs");
        conflict.add(text, mine, load);
    }

    private void refreshChecks() {
        Check check = authoring.check(kind, moduleId, english.getValue(), spanish.getValue(), getLocale());
        checks.removeAll();
        checks.add(new H3(getTranslation("authoring.checks")));
        if (check.publishable()) {
            checks.add(new Paragraph(getTranslation("authoring.allGood")));
        } else {
            UnorderedList list = new UnorderedList();
            check.problems().forEach(p -> list.add(item(p, false)));
            check.translation().forEach(p -> list.add(item(p, true)));
            checks.add(new Paragraph(getTranslation("authoring.problems", check.problems().size()
                    + check.translation().size())), list);
        }
        publish.setEnabled(check.publishable() && saved);
        if (kind == ContentKind.MODULE) {
            preview.show(authoring.previewModule(moduleId, english.getValue()),
                    authoring.previewModule(moduleId, spanish.getValue()));
        } else {
            scenarioPreview.show(authoring.previewScenario(moduleId, english.getValue()),
                    authoring.previewScenario(moduleId, spanish.getValue()));
        }
    }

    private ListItem item(Problem problem, boolean translation) {
        String where = translation ? problem.where().replaceFirst("^Spanish( › )?", "") : problem.where();
        ListItem item = new ListItem((translation ? getTranslation("authoring.inSpanish") + " " : "") + where
                + (where.isEmpty() ? "" : ": ") + problem.message());
        item.addClassName("editor-problem");
        return item;
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.publish"),
                getTranslation("authoring.publishConfirm"), getTranslation("authoring.publish"), ok -> {
                    try {
                        int revision = authoring.publish(author, kind, moduleId);
                        Notification.show(getTranslation("authoring.publishedAs", revision), 4000,
                                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        revisions.show(kind, moduleId);
                    } catch (InvalidContentException e) {
                        refreshChecks();
                    } catch (InvalidInputException e) {
                        Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.BOTTOM_START);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("interactions.cancel"));
        confirm.open();
    }

    private FlexLayout downloads() {
        FlexLayout links = new FlexLayout(download(true));
        if (authoring.export(kind, moduleId, false).isPresent()) {
            links.add(download(false));
        }
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)");
        return links;
    }

    private Anchor download(boolean draft) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            event.setFileName(moduleId + (draft ? "-draft" : "") + ".yaml");
            event.setContentType("application/yaml; charset=UTF-8");
            event.getOutputStream().write(authoring.export(kind, moduleId, draft).orElse("").getBytes(StandardCharsets.UTF_8));
        }, getTranslation(draft ? "authoring.downloadDraft" : "authoring.downloadPublished"));
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName(draft ? "download-draft" : "download-published");
        return anchor;
    }

    private Anchor insightsLink() {
        return kind == ContentKind.MODULE
                ? Routes.link(Routes.QUESTION_INSIGHTS + "?module=" + moduleId, getTranslation("authoring.insights"))
                : Routes.link(Routes.ROLEPLAY_INSIGHTS + "?scenario=" + moduleId, getTranslation("authoring.replies"));
    }

    private String getPageTitleText() {
        return getTranslation("authoring.editing", moduleId);
    }

    @Override
    public String getPageTitle() {
        return getPageTitleText() + " | " + getTranslation("app.name");
    }
}
