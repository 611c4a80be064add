package jp.musubi.workflow.inbox;

/** Orders of the inbox lists; ties are broken by task id so paging is stable. */
public enum InboxSort {
    CREATED_DESC("t.CREATE_TIME_ DESC"),
    CREATED_ASC("t.CREATE_TIME_ ASC"),
    DUE_ASC("CASE WHEN t.DUE_DATE_ IS NULL THEN 1 ELSE 0 END, t.DUE_DATE_ ASC"),
    NAME_ASC("t.NAME_ ASC");

    private final String orderBy;

    InboxSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
