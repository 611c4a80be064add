/**
 * The BPMN modeler: process catalog, diagram checks, diffs, deployments and case migrations, with
 * its pages and API.
 */
@ApplicationModule(
        displayName = "BPMN modeler",
        allowedDependencies = {"cms.common", "cms.site", "workflow.account", "workflow.delegate", "workflow.inbox"})
package jp.musubi.workflow.modeler;

import org.springframework.modulith.ApplicationModule;
