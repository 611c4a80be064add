package jp.musubi.workflow.exhibition;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The exhibitions' routes: the secretariat runs the recruitment and the selection, the prefecture reads them;
 * the exhibitor list is public. The member pages are under {@code /member/**} (MEMBER), the portal's rule.
 */
@Component
class ExhibitionAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(HttpMethod.GET, ExhibitorListController.PATH).permitAll();
        authorize.requestMatchers(HttpMethod.HEAD, ExhibitorListController.PATH).permitAll();
        authorize.requestMatchers(HttpMethod.GET, ExhibitionAdminController.LIST, ExhibitionAdminController.LIST + "/**")
                .hasAnyRole(Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
        authorize.requestMatchers(ExhibitionAdminController.LIST, ExhibitionAdminController.LIST + "/**")
                .hasRole(Role.SECRETARIAT.name());
    }
}
