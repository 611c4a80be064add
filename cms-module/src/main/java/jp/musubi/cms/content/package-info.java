/**
 * Content items and their revisions: the store, its change log, validation against the content
 * types and the published view.
 */
@ApplicationModule(
        displayName = "Content",
        allowedDependencies = {"cms.asset", "cms.common", "cms.feature", "cms.sanitize", "contenttypes.definition"})
package jp.musubi.cms.content;

import org.springframework.modulith.ApplicationModule;
