/**
 * The authoring API ({@code /api/cms/**}) editors and the secretariat use to write content and
 * upload assets.
 */
@ApplicationModule(
        displayName = "Authoring API",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.content",
                "cms.publication",
                "contenttypes.definition"})
package jp.musubi.cms.authoring;

import org.springframework.modulith.ApplicationModule;
