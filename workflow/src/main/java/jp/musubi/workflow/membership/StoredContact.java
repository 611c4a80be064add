package jp.musubi.workflow.membership;

/** One of an organization's private contacts with its row id (several per organization). Personal data. */
public record StoredContact(long id, OrganizationContact contact) {
}
