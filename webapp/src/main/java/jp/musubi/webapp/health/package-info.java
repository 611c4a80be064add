/** Health indicators for the actuator. */
@ApplicationModule(
        displayName = "Health",
        allowedDependencies = {})
package jp.musubi.webapp.health;

import org.springframework.modulith.ApplicationModule;
