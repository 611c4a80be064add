package jp.musubi.workflow.approval;

/** Names shared by the {@code content-publication} BPMN definition and its Java side. */
public final class PublicationProcess {

    public static final String KEY = "content-publication";

    public static final String APPROVAL_TASK = "approvePublication";
    public static final String REVISION_TASK = "reviseContent";

    // Variables set when the process starts (from the submission).
    public static final String WORKSPACE = "workspace";
    public static final String NAME = "name";
    public static final String REVISION = "revision";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String COMMENT = "comment";
    /** java.util.Date: the timer's {@code timeDate} takes it as it is. */
    public static final String PUBLISH_AT = "publishAt";
    public static final String UNPUBLISH = "unpublish";
    public static final String ITEM_TITLE = "itemTitle";

    // Variables set by the approver's decision.
    public static final String APPROVED = "approved";
    public static final String DECIDED_BY = "decidedBy";
    public static final String DECISION_COMMENT = "decisionComment";
    /** Whether the requested publication time was still ahead when approved (the timer waits for it). */
    public static final String PUBLISH_LATER = "publishLater";

    // Variables set by the delegates.
    public static final String SEND_NEWSLETTER = "sendNewsletter";
    public static final String NEWSLETTER_SEND_ID = "newsletterSendId";
    public static final String RESUBMITTED = "resubmitted";

    private PublicationProcess() {
    }

    /** {workspace}/{name}: at most one open approval per item, as the CMS allows only one pending submission. */
    public static String businessKey(String workspace, String name) {
        return workspace + "/" + name;
    }
}
