package jp.musubi.workflow.inbox;

/**
 * What the user asked the inbox to show. Every value is optional except view and sort.
 *
 * @param processKey        only tasks of this process definition
 * @param processInstanceId only tasks of this case (process instance)
 * @param text              words in the case title (case-insensitive, substring)
 * @param page              zero-based
 */
public record InboxFilter(InboxView view, String processKey, String processInstanceId, DueFilter due, String text,
                          InboxSort sort, int page, int pageSize) {

    public static final int MAX_TEXT = 100;

    public InboxFilter {
        view = view == null ? InboxView.MINE : view;
        sort = sort == null ? InboxSort.CREATED_DESC : sort;
        page = Math.max(0, page);
        pageSize = Math.min(Math.max(1, pageSize), 200);
        processKey = blankToNull(processKey);
        processInstanceId = blankToNull(processInstanceId);
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
