/**
 * The BPMN modeler's back end: process catalog, diagram checks, diffs, deployments and case
 * migrations.
 */
@ApplicationModule(
        displayName = "BPMN modeler",
        allowedDependencies = {"workflow.account"})
package jp.musubi.workflow.modeler;

import org.springframework.modulith.ApplicationModule;
