package jp.musubi.workflow.account;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Creates the first administrator from the environment when no administrator exists yet. */
@Component
class AdminBootstrap implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountService accounts;
    private final AdminBootstrapProperties properties;

    AdminBootstrap(AccountService accounts, AdminBootstrapProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.configured() || accounts.adminExists()) {
            return;
        }
        if (properties.password().length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("MUSUBI_ADMIN_PASSWORD must have at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.create(new NewAccount(properties.username(), "管理者", properties.email(),
                properties.password(), Set.of(Role.ADMIN), null, null));
        log.info("First administrator '{}' created from the environment", properties.username());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 200;
    }
}
