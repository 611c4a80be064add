package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

/**
 * The roles of DESIGN.md. Each is a Spring authority {@code ROLE_<name>} and, with its bare name,
 * a Flowable candidate group.
 */
public enum Role {
    PREF_STAFF("account.role.prefStaff"),
    SECRETARIAT("account.role.secretariat"),
    MUNICIPAL_STAFF("account.role.municipalStaff"),
    MEMBER("account.role.member"),
    EDITOR("account.role.editor"),
    PROCESS_OWNER("account.role.processOwner"),
    ADMIN("account.role.admin");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /**
     * Japanese name shown to users: 県・市町 担当課 in Tochigi, 県・市町村 担当課 in Kumamoto.
     *
     * @param localGovernmentTerm the programme's word for its local governments ({@code musubi.site.local-government-term})
     */
    public String label(String localGovernmentTerm) {
        return TEXTS.get(key, localGovernmentTerm);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
