package jp.musubi.workflow.portal;

import java.util.List;

import jp.musubi.workflow.issuecase.ProposalAttachment;

/** One of the member's own proposals as the portal lists it, with the files the member attached. */
record ProposalView(String issueTitle, String title, String status, List<ProposalAttachment> attachments) {
}
