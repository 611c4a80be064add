/** The Flowable engine's health and workload (open tasks, jobs executed) for the actuator, and its job executor shared by the nodes. */
@ApplicationModule(
        displayName = "Process engine health",
        allowedDependencies = {"cms.common", "cms.node"})
package jp.musubi.workflow.engine;

import org.springframework.modulith.ApplicationModule;
