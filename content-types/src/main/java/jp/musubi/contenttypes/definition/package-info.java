/**
 * Content type and delivery endpoint definitions (Magnolia's YAML format): their loader, registry
 * and validation.
 */
@ApplicationModule(
        displayName = "Content type definitions",
        allowedDependencies = {})
package jp.musubi.contenttypes.definition;

import org.springframework.modulith.ApplicationModule;
