package com.empathycoach.core.reporting;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.TranslatedContent;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Module names as HR reads them: in their language where the module is translated, English otherwise. */
@Component
record ModuleNames(ContentCatalog catalog, TranslatedContent translations) {

    List<ReportingFacade.Choice> choices(Locale locale) {
        return catalog.current().stream().sorted(Comparator.comparingInt(m -> m.content().order()))
                .map(m -> new ReportingFacade.Choice(m.content().id(),
                        translations.moduleTitle(m.content().id(), m.content().title(), locale))).toList();
    }

    /** The dashboard's rows per module, named in {@code locale}. */
    Dashboard named(Dashboard dashboard, Locale locale) {
        return new Dashboard(dashboard.totals(), dashboard.byTeam(), dashboard.byModule().stream()
                .map(g -> new Dashboard.Group(g.id(), translations.moduleTitle(g.id(), g.name(), locale), g.figures()))
                .toList(), dashboard.weekly());
    }
}
