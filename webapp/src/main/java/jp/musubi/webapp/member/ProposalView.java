package jp.musubi.webapp.member;

/** One of the member's own proposals as the portal lists it. */
record ProposalView(String issueTitle, String title, String status) {
}
