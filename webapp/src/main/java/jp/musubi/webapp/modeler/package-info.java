/** The BPMN modeler pages and their API. */
@ApplicationModule(
        displayName = "Modeler pages",
        allowedDependencies = {"cms.site", "workflow.account", "workflow.modeler"})
package jp.musubi.webapp.modeler;

import org.springframework.modulith.ApplicationModule;
