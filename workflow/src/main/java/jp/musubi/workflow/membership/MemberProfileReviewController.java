package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.revision.RevisionComparison;
import jp.musubi.cms.revision.RevisionDiff;
import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat's view of a profile change request, loaded by the プロフィール変更 task page with htmx:
 * the requested profile against the published one, with the editor's diff component.
 */
@Controller
class MemberProfileReviewController {

    private static final String PATH = "/membership/requests/";

    private final MemberRequestRepository requests;
    private final OrganizationRepository organizations;
    private final ContentService content;
    private final RevisionDiff diff;

    MemberProfileReviewController(MemberRequestRepository requests, OrganizationRepository organizations,
                                  ContentService content, RevisionDiff diff) {
        this.requests = requests;
        this.organizations = organizations;
        this.content = content;
        this.diff = diff;
    }

    static String path(long requestId) {
        return PATH + requestId + "/review";
    }

    @GetMapping(PATH + "{id}/review")
    String review(@PathVariable long id, Model model) {
        MemberRequest request = requests.find(id).filter(r -> r.kind() == MemberRequest.Kind.PROFILE_CHANGE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Organization org = organizations.findByKey(request.organizationKey())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String members = MembershipAdmissionDelegate.MEMBERS;
        Map<String, Object> base = content.find(members, org.key()).map(ContentItem::properties).orElse(Map.of());
        RevisionComparison comparison = diff.publishedAgainst(members, org.key(),
                request.profile().toContent(org.name(), org.kind(), base));
        model.addAttribute("comparison", comparison);
        model.addAttribute("request", request);
        model.addAttribute("intro", comparison.firstPublication() ? TEXTS.get("membership.review.firstProfile")
                : TEXTS.get("membership.review.intro", JapaneseTimes.dateTimeWithWeekday(request.requestedAt())));
        model.addAttribute("decided", !MemberRequest.OPEN.equals(request.status()));
        return "membership/profile-review :: review";
    }

    /** Only the secretariat decides profile changes, so only it reads the request. */
    @Bean
    static AccessRules memberProfileReviewAccessRules() {
        return authorize -> authorize.requestMatchers(HttpMethod.GET, PATH + "*/review").hasRole(Role.SECRETARIAT.name());
    }
}
