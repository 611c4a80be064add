package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseFact;
import org.springframework.stereotype.Component;

/** Cases of {@code member-registration}: the applying or requesting organization. */
@Component
class MembershipContextResolver implements CaseContextResolver {

    private final OrganizationRepository organizations;
    private final MembershipApplicationRepository applications;

    MembershipContextResolver(OrganizationRepository organizations, MembershipApplicationRepository applications) {
        this.organizations = organizations;
        this.applications = applications;
    }

    /** The applicant's contact is shown for the admission screening: task page views are audited. */
    @Override
    public boolean showsPersonalData() {
        return true;
    }

    @Override
    public String processKey() {
        return "member-registration";
    }

    @Override
    public CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables) {
        String name = CaseContextResolver.text(variables, "organizationName");
        String key = CaseContextResolver.text(variables, "organizationKey");
        if (name == null && key != null) {
            name = organizations.findByKey(key).map(org -> org.name()).orElse(key);
        }
        if (name == null) {
            return null;
        }
        String kind = businessKey == null ? TEXTS.get("membership.case.admission") : businessKey.startsWith("change-") ? TEXTS.get("membership.case.profileChange")
                : businessKey.startsWith("withdrawal-") ? TEXTS.get("membership.case.withdrawal") : TEXTS.get("membership.case.admission");
        List<CaseFact> facts = new ArrayList<>(List.of(new CaseFact(TEXTS.get("membership.fact.organizationName"), name),
                new CaseFact(TEXTS.get("membership.fact.requestKind"), kind)));
        // The screening checks who applies (入会審査): the applicant's contact, erased at withdrawal.
        Long applicationId = CaseContextResolver.number(variables, "applicationId");
        StoredApplication application = applicationId == null ? null : applications.find(applicationId).orElse(null);
        if (application != null && application.application().contactEmail() != null) {
            facts.add(new CaseFact(TEXTS.get("membership.fact.contactName"), application.application().contactName()));
            facts.add(new CaseFact(TEXTS.get("membership.fact.contactEmail"), application.application().contactEmail()));
            if (application.application().contactPhone() != null) {
                facts.add(new CaseFact(TEXTS.get("membership.fact.contactPhone"), application.application().contactPhone()));
            }
        }
        return CaseContext.of(name, kind, facts);
    }
}
