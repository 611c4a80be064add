/**
 * Exhibitions (業界毎の展示会, Kumamoto 4(4)): an exhibition is an {@code event} of the CMS with the type
 * {@code exhibition} and an industry. The secretariat opens exhibitor recruitment for it (deadline, limit
 * of exhibitors, booth options; {@code /admin/exhibitions}), members apply in the portal with their booth
 * needs and the products and published seeds they show ({@code /member/exhibitions}), the secretariat
 * selects up to the limit or declines and the applicant is told by mail. The selected exhibitors are
 * listed publicly ({@code /exhibitions/{name}/exhibitors} and a section of the event page) with links to
 * their profiles and seeds, and offered to surveys as an audience (the exhibitor questionnaire).
 * Visitor applications are the event feature's, as for any event.
 */
@ApplicationModule(
        displayName = "Exhibitions",
        allowedDependencies = {
                "cms.common",
                "cms.content",
                "cms.demo",
                "cms.feature",
                "cms.input",
                "cms.mail::notification",
                "cms.site",
                "workflow.account",
                "workflow.membership",
                "workflow.program",
                "workflow.survey"})
package jp.musubi.workflow.exhibition;

import org.springframework.modulith.ApplicationModule;
