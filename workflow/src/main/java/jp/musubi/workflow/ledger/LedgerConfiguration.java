package jp.musubi.workflow.ledger;

import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import jp.musubi.cms.site.AreaLink;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfiguration {

    /** Reading: SECRETARIAT and PREF_STAFF (read-only, without contacts); every change: SECRETARIAT only. */
    @Bean
    AccessRules ledgerAccessRules() {
        return authorize -> authorize
                .requestMatchers("/admin/members/import", "/admin/members/import/**").hasRole(Role.SECRETARIAT.name())
                .requestMatchers(HttpMethod.GET, "/admin/members", "/admin/members/**")
                .hasAnyRole(Role.SECRETARIAT.name(), Role.PREF_STAFF.name())
                .requestMatchers("/admin/members", "/admin/members/**").hasRole(Role.SECRETARIAT.name());
    }

    @Bean
    AreaLink ledgerArea() {
        return AreaLink.forRoles(LedgerTexts.TEXTS.get("ledger.title"), "/admin/members", 60,
                Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    }
}
