package jp.musubi.workflow.membership;

/** What kind of body a member organization is. */
public enum OrganizationKind {
    COMPANY("企業"),
    UNIVERSITY("大学"),
    LAB("研究室"),
    ORGANIZATION("団体");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
