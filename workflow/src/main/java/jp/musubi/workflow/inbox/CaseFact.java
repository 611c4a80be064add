package jp.musubi.workflow.inbox;

/** One labelled line of a case's summary on the task page, e.g. 市町: 宇都宮市 (the label in the programme's words). */
public record CaseFact(String label, String value) {
}
