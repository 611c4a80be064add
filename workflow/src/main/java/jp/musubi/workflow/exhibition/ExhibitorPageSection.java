package jp.musubi.workflow.exhibition;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.site.ContentView;
import jp.musubi.cms.site.PageSection;
import jp.musubi.cms.site.PageSectionProvider;
import org.springframework.stereotype.Component;

/** The event page of an exhibition lists its selected exhibitors (and says when recruitment is open). */
@Component
class ExhibitorPageSection implements PageSectionProvider {

    static final String TEMPLATE = "exhibition/page-section";

    private final Exhibitions exhibitions;

    ExhibitorPageSection(Exhibitions exhibitions) {
        this.exhibitions = exhibitions;
    }

    @Override
    public List<PageSection> sections(ContentView item) {
        if (!"events".equals(item.workspace()) || !Exhibitions.EVENT_TYPE.equals(item.text("eventType"))) {
            return List.of();
        }
        Exhibitions.Exhibition exhibition;
        try {
            exhibition = exhibitions.find(item.name());
        } catch (Exhibitions.NotAnExhibition e) {
            return List.of();
        }
        if (exhibition.recruitment().isEmpty()) {
            return List.of();
        }
        boolean recruiting = exhibition.recruitment().get().openOn(exhibitions.today());
        return List.of(new PageSection(TEMPLATE, Map.of("name", item.name(), "exhibitors", exhibitions.exhibitors(item.name()),
                "recruiting", recruiting, "deadline", exhibition.recruitment().get().deadline())));
    }
}
