package jp.musubi.workflow.event;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The application form of each event and the applicant's personal page are public (the token in the mailed link
 * is what authorizes the change or cancellation); the settings, applications, reception list and check-in are
 * the secretariat's.
 */
@Component
class EventAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(HttpMethod.GET, "/events/*/apply", "/events/*/apply/done",
                        EventApplicationPages.BASE + "/*").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/events/*/apply", "/events/*/apply/done",
                        EventApplicationPages.BASE + "/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/events/*/apply/confirm", "/events/*/apply/edit", "/events/*/apply/submit",
                        EventApplicationPages.BASE + "/*/change", EventApplicationPages.BASE + "/*/cancel").permitAll()
                .requestMatchers(EventStaffPages.LIST, EventStaffPages.LIST + "/**").hasRole(Role.SECRETARIAT.name());
    }
}
