package jp.musubi.workflow.portal;

/**
 * One of the member's own seeds in the portal.
 *
 * @param rejection the approver's comment when the last submission was sent back, else null
 */
record SeedView(String name, String title, long version, SeedStatus status, String rejection, boolean published) {

    public String statusLabel() {
        return status.label();
    }

    public boolean editable() {
        return status != SeedStatus.PENDING;
    }
}
