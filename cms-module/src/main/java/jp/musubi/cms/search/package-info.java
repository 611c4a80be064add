/**
 * Japanese full-text search (Lucene, Kuromoji) over published content; the index follows the
 * content change log.
 */
@ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"cms.common", "cms.content", "cms.event", "contenttypes.definition"})
package jp.musubi.cms.search;

import org.springframework.modulith.ApplicationModule;
