package jp.musubi.workflow.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of an installation without demo data, taken from the environment
 * ({@code MUSUBI_ADMIN_USERNAME}, {@code MUSUBI_ADMIN_PASSWORD}, {@code MUSUBI_ADMIN_EMAIL}).
 */
@ConfigurationProperties("musubi.admin")
public record AdminBootstrapProperties(String username, String password, String email) {

    public boolean configured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
