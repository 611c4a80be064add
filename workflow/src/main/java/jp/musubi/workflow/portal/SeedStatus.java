package jp.musubi.workflow.portal;

/** Where a member's seed stands, as the portal names it. */
enum SeedStatus {
    DRAFT("下書き"),
    PENDING("承認待ち"),
    PUBLISHED("公開中"),
    REJECTED("差し戻し");

    private final String label;

    SeedStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
