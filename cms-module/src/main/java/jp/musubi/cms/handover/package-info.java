/**
 * The handover archive (引継ぎデータ, Kumamoto 仕様書 §8(12)): ADMIN downloads the whole programme as one
 * ZIP of documented CSV files plus the asset files at {@code /admin/handover}, and
 * {@code --musubi.handover.import-from=archive.zip} reads it back into an empty installation. What belongs
 * in it is declared as {@link jp.musubi.cms.handover.HandoverSection} beans; a table no section names
 * must be listed in {@link jp.musubi.cms.handover.HandoverCatalog#EXCLUDED} (a test checks that).
 */
@ApplicationModule(
        displayName = "Handover archive",
        allowedDependencies = {"cms.common", "cms.audit", "cms.asset", "cms.site"})
package jp.musubi.cms.handover;

import jp.musubi.cms.common.HandoverSection;
import org.springframework.modulith.ApplicationModule;
