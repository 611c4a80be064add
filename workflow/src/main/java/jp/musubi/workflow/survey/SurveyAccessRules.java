package jp.musubi.workflow.survey;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Surveys: the secretariat builds, targets and sends them; the prefecture reads the list and the results
 * (never the target list with its mail addresses). The answer form behind a personal link is public:
 * the link's random token is what authorizes it.
 */
@Component
class SurveyAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers(HttpMethod.GET, SurveyAdminPages.LIST, SurveyAdminPages.LIST + "/*/results",
                        SurveyAdminPages.LIST + "/*/results.xlsx", SurveyAdminPages.LIST + "/*/results.csv")
                .hasAnyRole(Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
        authorize.requestMatchers(SurveyAdminPages.LIST, SurveyAdminPages.LIST + "/**").hasRole(Role.SECRETARIAT.name());
        authorize.requestMatchers(SurveyAnswerPage.BASE + "/*", SurveyAnswerPage.BASE + "/*/done").permitAll();
    }
}
