/** Sanitizes rich text (HTML) from editors and forms before it is stored or shown. */
@ApplicationModule(
        displayName = "Rich text sanitizer",
        allowedDependencies = {})
package jp.musubi.cms.sanitize;

import org.springframework.modulith.ApplicationModule;
