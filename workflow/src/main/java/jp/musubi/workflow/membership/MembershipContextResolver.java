package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

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

    MembershipContextResolver(OrganizationRepository organizations) {
        this.organizations = organizations;
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
        return CaseContext.of(name, kind, List.of(new CaseFact(TEXTS.get("membership.fact.organizationName"), name), new CaseFact(TEXTS.get("membership.fact.requestKind"), kind)));
    }
}
