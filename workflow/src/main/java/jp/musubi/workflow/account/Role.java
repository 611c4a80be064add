package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

/**
 * The roles of DESIGN.md. Each is a Spring authority {@code ROLE_<name>} and, with its bare name,
 * a Flowable candidate group.
 */
public enum Role {
    PREF_STAFF(TEXTS.get("account.role.prefStaff")),
    SECRETARIAT(TEXTS.get("account.role.secretariat")),
    MUNICIPAL_STAFF(TEXTS.get("account.role.municipalStaff")),
    MEMBER(TEXTS.get("account.role.member")),
    EDITOR(TEXTS.get("account.role.editor")),
    PROCESS_OWNER(TEXTS.get("account.role.processOwner")),
    ADMIN(TEXTS.get("account.role.admin"));

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** Japanese name shown to users. */
    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
