/** Loads the demo data under {@code seeds/} into an empty embedded database on first start. */
@ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {})
package jp.musubi.cms.demo;

import org.springframework.modulith.ApplicationModule;
