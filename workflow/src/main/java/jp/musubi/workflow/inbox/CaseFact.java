package jp.musubi.workflow.inbox;

/** One labelled line of a case's summary on the task page, e.g. 市町: 宇都宮市. */
public record CaseFact(String label, String value) {
}
