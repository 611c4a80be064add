/** The Flowable engine's health and workload (open tasks, jobs) for the actuator. */
@ApplicationModule(
        displayName = "Process engine health",
        allowedDependencies = {"cms.common"})
package jp.musubi.workflow.engine;

import org.springframework.modulith.ApplicationModule;
