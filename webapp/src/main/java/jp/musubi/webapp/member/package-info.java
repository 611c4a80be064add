/** The member portal: own organization, proposals and seeds. */
// Known debt: reads AccountRepository, OrganizationRepository and PublicationRequestRepository directly.
@ApplicationModule(
        displayName = "Member portal",
        allowedDependencies = {
                "cms.asset",
                "cms.content",
                "cms.publication",
                "cms.site",
                "contenttypes.definition",
                "workflow.account",
                "workflow.approval",
                "workflow.issuecase",
                "workflow.membership"})
package jp.musubi.webapp.member;

import org.springframework.modulith.ApplicationModule;
