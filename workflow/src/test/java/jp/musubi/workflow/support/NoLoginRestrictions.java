package jp.musubi.workflow.support;

import java.util.Set;

import jp.musubi.workflow.account.LoginRestrictions;
import org.springframework.stereotype.Component;

/**
 * The login throttle belongs to the shell (webapp), which this module's tests do not start; the
 * account administration page still needs its {@link LoginRestrictions}, so here nothing is held back.
 */
@Component
class NoLoginRestrictions implements LoginRestrictions {

    @Override
    public Set<String> restrictedLoginIds() {
        return Set.of();
    }

    @Override
    public void lift(String loginId) {
        // Nothing is restricted, so there is nothing to lift.
    }
}
