package jp.musubi.workflow.portal;

/** Where a member's seed stands, as the portal names it. */
enum SeedStatus {
    DRAFT(PortalTexts.TEXTS.get("portal.seedStatus.draft")),
    PENDING(PortalTexts.TEXTS.get("portal.seedStatus.pending")),
    PUBLISHED(PortalTexts.TEXTS.get("portal.seedStatus.published")),
    REJECTED(PortalTexts.TEXTS.get("portal.seedStatus.rejected"));

    private final String label;

    SeedStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
