package jp.musubi.workflow.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's access rules, contributed as a bean: the security configuration applies every
 * contribution (by {@link #order()}) after the foundation's rules and before the catch-alls
 * ({@code /admin/**} for ADMIN, any other route for a logged-in user). Each rule must match a row of
 * {@code docs/access-matrix.md}, which {@code AccessMatrixTest} checks cell by cell.
 */
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize);

    /** Lower first; rules of different features should not overlap, so this only breaks ties. */
    default int order() {
        return 0;
    }
}
