package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseFact;
import org.springframework.stereotype.Component;

/**
 * Cases of {@code member-registration}: the applying or requesting organization. The screening task
 * shows the whole application the checklist asks the secretariat to check (including the contact,
 * which only the secretariat's task page shows); the change review shows the requested profile as a
 * diff against the published one.
 */
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

    /** Only the change review loads the diff of the requested profile. */
    @Override
    public boolean showsReview(String taskDefinitionKey) {
        return MemberRequestReviews.REVIEW_TASK.equals(taskDefinitionKey);
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
        boolean change = businessKey != null && businessKey.startsWith("change-");
        boolean withdrawal = businessKey != null && businessKey.startsWith("withdrawal-");
        String kind = change ? TEXTS.get("membership.case.profileChange")
                : withdrawal ? TEXTS.get("membership.case.withdrawal") : TEXTS.get("membership.case.admission");
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(TEXTS.get("membership.fact.organizationName"), name));
        facts.add(new CaseFact(TEXTS.get("membership.fact.requestKind"), kind));
        Long applicationId = CaseContextResolver.number(variables, "applicationId");
        if (!change && !withdrawal && applicationId != null) {
            applications.find(applicationId).ifPresent(stored -> addApplication(facts, stored));
        }
        Long requestId = CaseContextResolver.number(variables, "requestId");
        String reviewPath = change && requestId != null ? MemberProfileReviewController.path(requestId) : null;
        return new CaseContext(name, kind, facts, List.of(), reviewPath);
    }

    private static void addApplication(List<CaseFact> facts, StoredApplication stored) {
        MembershipApplication a = stored.application();
        MemberProfile p = a.profile();
        add(facts, "membership.fact.kind", a.kind().label());
        add(facts, "membership.fact.summary", p.summary());
        add(facts, "membership.fact.description", p.description());
        add(facts, "membership.fact.fields", p.fields().isEmpty() ? null : String.join("、", p.fields()));
        add(facts, "membership.fact.city", p.city());
        add(facts, "membership.fact.url", p.url());
        add(facts, "membership.fact.contactName", a.contactName());
        add(facts, "membership.fact.contactEmail", a.contactEmail());
        add(facts, "membership.fact.contactPhone", a.contactPhone());
        add(facts, "membership.fact.loginId", a.loginId());
        add(facts, "membership.fact.submittedAt", jp.musubi.cms.common.JapaneseTimes.dateTimeWithWeekday(stored.submittedAt()));
    }

    private static void add(List<CaseFact> facts, String key, String value) {
        facts.add(new CaseFact(TEXTS.get(key), value == null || value.isBlank() ? TEXTS.get("membership.fact.none") : value));
    }
}
