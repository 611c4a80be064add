/**
 * The CMS editor pages: item lists, editing, history and review. The approval state they show
 * comes through cms.publication's {@code PublicationReviews}, implemented by workflow.
 */
@ApplicationModule(
        displayName = "Editor pages",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.content",
                "cms.publication",
                "cms.revision",
                "cms.site",
                "contenttypes.definition"})
package jp.musubi.cms.editor;

import org.springframework.modulith.ApplicationModule;
