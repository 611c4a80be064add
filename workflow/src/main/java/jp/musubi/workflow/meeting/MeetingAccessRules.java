package jp.musubi.workflow.meeting;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Scheduling and changing meetings is the staff's (SECRETARIAT, PREF_STAFF); a meeting's page, materials and .ics
 * are open to any logged-in user at this layer and to its participants (and the staff) in {@link MeetingSchedule}.
 */
@Component
class MeetingAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        String[] staff = {Role.SECRETARIAT.name(), Role.PREF_STAFF.name()};
        authorize.requestMatchers(HttpMethod.GET, "/meetings", "/meetings/new", "/meetings/*/edit", "/meetings/*/panel",
                        "/meetings/cases/**").hasAnyRole(staff)
                .requestMatchers(HttpMethod.POST, "/meetings", "/meetings/*", "/meetings/*/cancel", "/meetings/*/held")
                .hasAnyRole(staff)
                .requestMatchers("/meetings/**").authenticated();
    }
}
