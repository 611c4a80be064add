/** Images and PDFs of the CMS: upload checks, storage and the {@code /dam} download route. */
@ApplicationModule(
        displayName = "Assets",
        allowedDependencies = {"cms.common"})
package jp.musubi.cms.asset;

import org.springframework.modulith.ApplicationModule;
