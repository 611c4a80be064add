package jp.musubi.workflow.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * パスワードの再設定 is for people who cannot log in: open to everyone. Asking is throttled and answers
 * alike for every address; setting the password is authorized by the mailed one-time token.
 */
@Component
class PasswordResetAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize) {
        authorize.requestMatchers("/account/password-reset", "/account/password-reset/sent",
                "/account/password-reset/new", "/account/password-reset/done").permitAll();
    }
}
