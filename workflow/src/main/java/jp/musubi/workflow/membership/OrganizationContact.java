package jp.musubi.workflow.membership;

/** The person an organization names as its contact. Personal data: never published. */
public record OrganizationContact(String personName, String email, String phone) {
}
