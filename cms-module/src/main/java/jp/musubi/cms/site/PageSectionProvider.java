package jp.musubi.cms.site;

import java.util.List;

/**
 * A part another module adds to the public page of a published item, such as the exhibitors of an
 * exhibition on its event page: contributed as a bean, so the site never depends on the module that
 * knows the data. Sections are shown on the published page only, never in the editor's preview.
 */
public interface PageSectionProvider {

    /** The sections for this item, in order; empty when the provider has nothing for it. */
    List<PageSection> sections(ContentView item);
}
