package jp.musubi.workflow.staffaccount;

import java.util.Set;

import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Opt-in demo data ({@code musubi.staffaccount.demo-municipal-accounts=true}, see README): one MUNICIPAL_STAFF
 * account per municipality of the demo, {@code muni-<name>} with the demo password. Without the property the
 * section does not exist, so it is neither loaded nor recorded, and can still be turned on later.
 */
@Component
@ConditionalOnProperty(prefix = "musubi.staffaccount", name = "demo-municipal-accounts", havingValue = "true")
class MunicipalDemoAccounts implements DemoDataSection {

    static final String PASSWORD = "musubi-demo";

    private final StaffAccountAdmin staff;
    private final AccountService accounts;

    MunicipalDemoAccounts(StaffAccountAdmin staff, AccountService accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "municipal-demo-accounts";
    }

    @Override
    public int order() {
        // After the municipalities (content, 30) and the demo accounts (20).
        return 45;
    }

    @Override
    public void load(DemoDataReader reader) {
        for (StaffAccountAdmin.Municipality municipality : staff.municipalities()) {
            String username = "muni-" + municipality.name();
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.create(new NewAccount(username, StaffAccountTexts.TEXTS.get("staffaccount.demo.displayName", municipality.title()), username + "@demo.example.jp", PASSWORD,
                        Set.of(Role.MUNICIPAL_STAFF), null, municipality.name()));
            }
        }
    }
}
