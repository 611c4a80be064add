package jp.musubi.workflow.municipal;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code /municipal/**} for municipal staff; the rounds of the call for issues for the prefecture and the secretariat;
 * the issues' related documents for both.
 */
@Component
class MunicipalAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers("/municipal", "/municipal/**").hasRole(Role.MUNICIPAL_STAFF.name())
                .requestMatchers("/admin/issue-rounds", "/admin/issue-rounds/**")
                .hasAnyRole(Role.PREF_STAFF.name(), Role.SECRETARIAT.name())
                // Which issue's documents each account may open is decided by MunicipalIssues.attachment.
                .requestMatchers(HttpMethod.GET, IssueAttachmentController.PATH + "**")
                .hasAnyRole(Role.MUNICIPAL_STAFF.name(), Role.PREF_STAFF.name(), Role.SECRETARIAT.name());
    }
}
