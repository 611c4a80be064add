package jp.musubi.workflow.account;

/**
 * The roles of DESIGN.md. Each is a Spring authority {@code ROLE_<name>} and, with its bare name,
 * a Flowable candidate group.
 */
public enum Role {
    PREF_STAFF("県（デジタル戦略課）"),
    SECRETARIAT("事務局"),
    MUNICIPAL_STAFF("県・市町 担当課"),
    MEMBER("会員"),
    EDITOR("編集者"),
    PROCESS_OWNER("プロセスオーナー"),
    ADMIN("管理者");

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
