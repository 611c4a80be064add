package jp.musubi.workflow.program;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The programme's pages are the prefecture's and the secretariat's (docs/access-matrix.md, 事業の目標・成果品・報告). */
@Component
class ProgramAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(org.springframework.http.HttpMethod.POST, "/admin/program/deliverables/*/file")
                .hasRole(Role.SECRETARIAT.name())
                .requestMatchers("/admin/program", "/admin/program/**")
                .hasAnyRole(Role.PREF_STAFF.name(), Role.SECRETARIAT.name());
    }
}
