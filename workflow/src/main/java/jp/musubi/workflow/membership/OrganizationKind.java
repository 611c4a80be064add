package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

/** What kind of body a member organization is. */
public enum OrganizationKind {
    COMPANY(TEXTS.get("membership.organizationKind.company")),
    UNIVERSITY(TEXTS.get("membership.organizationKind.university")),
    LAB(TEXTS.get("membership.organizationKind.lab")),
    ORGANIZATION(TEXTS.get("membership.organizationKind.organization"));

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
