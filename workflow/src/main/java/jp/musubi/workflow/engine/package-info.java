/** The Flowable engine's health for the actuator. */
@ApplicationModule(
        displayName = "Process engine health",
        allowedDependencies = {})
package jp.musubi.workflow.engine;

import org.springframework.modulith.ApplicationModule;
