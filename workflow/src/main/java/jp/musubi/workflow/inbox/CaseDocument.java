package jp.musubi.workflow.inbox;

/** A document of a case the task page links to (a CMS item, a page of the application). */
public record CaseDocument(String label, String href) {
}
