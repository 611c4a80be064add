package jp.musubi.workflow.staffaccount;

/** The new-account form as typed. */
public record StaffAccountInput(String username, String displayName, String email, String role, String municipality) {
}
