package jp.musubi.workflow.issuecase;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Proposal files for the roles that can be one of their readers; which proposal's files each account may
 * read is decided by {@link ProposalFiles}.
 */
@Component
class ProposalFileAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(HttpMethod.GET, ProposalFileController.PATH + "**").hasAnyRole(Role.PREF_STAFF.name(),
                Role.SECRETARIAT.name(), Role.MUNICIPAL_STAFF.name(), Role.MEMBER.name());
    }
}
