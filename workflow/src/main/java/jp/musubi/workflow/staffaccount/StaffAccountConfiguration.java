package jp.musubi.workflow.staffaccount;

import static jp.musubi.workflow.staffaccount.StaffAccountTexts.TEXTS;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.site.AreaLink;
import jp.musubi.workflow.account.AccessRules;
import jp.musubi.workflow.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StaffAccountConfiguration {

    /** /admin/accounts for the secretariat too (what it may do there is decided in {@link StaffAccountAdmin}). */
    @Bean
    AccessRules staffAccountAccessRules() {
        return authorize -> authorize.requestMatchers("/admin/accounts", "/admin/accounts/*/disable", "/admin/accounts/*/enable")
                .hasAnyRole(Role.ADMIN.name(), Role.SECRETARIAT.name());
    }

    @Bean
    AreaLink staffAccountArea() {
        return AreaLink.forRoles(TEXTS.get("staffaccount.area"), "/admin/accounts", 79, Role.ADMIN.name(), Role.SECRETARIAT.name());
    }

    @Bean
    MailKind staffAccountActivationMailKind() {
        return StaffAccountActivation.KIND;
    }
}
