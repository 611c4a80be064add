package jp.musubi.workflow.consultation;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The consultation pages: the secretariat handles consultations (records one that came by phone or mail);
 * the prefecture reads them and their monthly report.
 */
@Component
class ConsultationAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(ConsultationPages.LIST + "/new").hasRole(Role.SECRETARIAT.name());
        authorize.requestMatchers(ConsultationPages.LIST, ConsultationPages.LIST + "/**")
                .hasAnyRole(Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    }
}
