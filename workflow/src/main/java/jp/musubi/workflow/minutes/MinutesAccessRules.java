package jp.musubi.workflow.minutes;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The approved minutes as PDF are the staff's (SECRETARIAT writes them, PREF_STAFF approves them); ordered before
 * the meeting feature's {@code /meetings/**}, which is open to every logged-in participant.
 */
@Component
class MinutesAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(HttpMethod.GET, "/meetings/*/minutes.pdf")
                .hasAnyRole(Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    }

    @Override
    public int order() {
        return -10;
    }
}
