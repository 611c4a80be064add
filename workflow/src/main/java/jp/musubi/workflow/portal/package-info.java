/**
 * The member portal (会員ページ, {@code /member/**}): own organization, proposals, seeds, profile
 * change and withdrawal requests. Reads accounts, organizations and publication requests through
 * the owning features' services.
 */
@ApplicationModule(
        displayName = "Member portal",
        allowedDependencies = {
                "cms.asset",
                "cms.common",
                "cms.feature",
                "cms.content",
                "cms.input",
                "cms.publication",
                "cms.site",
                "contenttypes.definition",
                "workflow.account",
                "workflow.approval",
                "workflow.issuecase",
                "workflow.membership"})
package jp.musubi.workflow.portal;

import org.springframework.modulith.ApplicationModule;
