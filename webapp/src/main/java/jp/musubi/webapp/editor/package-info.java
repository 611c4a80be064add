/** The CMS editor pages: item lists, editing, history and review. */
// Known debt: reads workflow.approval's PublicationRequestRepository directly.
@ApplicationModule(
        displayName = "Editor pages",
        allowedDependencies = {
                "cms.asset",
                "cms.content",
                "cms.publication",
                "cms.revision",
                "cms.site",
                "contenttypes.definition",
                "workflow.account",
                "workflow.approval"})
package jp.musubi.webapp.editor;

import org.springframework.modulith.ApplicationModule;
