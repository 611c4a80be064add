/** Word-level differences between two revisions of a content item, for the editor's history. */
@ApplicationModule(
        displayName = "Revision diff",
        allowedDependencies = {"cms.asset", "cms.common", "cms.content", "contenttypes.definition"})
package jp.musubi.cms.revision;

import org.springframework.modulith.ApplicationModule;
