/** Identity of this application node in a scaled-out deployment (claims, change-log following). */
@ApplicationModule(
        displayName = "Node identity",
        allowedDependencies = {})
package jp.musubi.cms.node;

import org.springframework.modulith.ApplicationModule;
