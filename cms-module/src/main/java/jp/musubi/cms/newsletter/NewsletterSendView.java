package jp.musubi.cms.newsletter;

import jp.musubi.cms.common.JapaneseTimes;

/**
 * One send in the list, formatted for the page.
 *
 * @param startedBy who started it, by display name; for a send started by an approval, who flagged and who approved it
 */
record NewsletterSendView(long id, String title, int revision, String createdAt, String startedBy,
                          NewsletterSendStatus status, int total, int enqueued, int sent, int failed, int percentDone,
                          String completedAt) {

    static NewsletterSendView of(NewsletterSend send, java.util.function.UnaryOperator<String> names) {
        String startedBy = send.startedByApproval()
                ? NewsletterTexts.TEXTS.get("newsletter.startedBy.approval", names.apply(send.requestedBy()),
                        names.apply(send.approvedBy()))
                : NewsletterTexts.TEXTS.get("newsletter.startedBy.manual", names.apply(send.createdBy()));
        return new NewsletterSendView(send.id(), send.title(), send.articleRevision(), JapaneseTimes.dateTime(send.createdAt()),
                startedBy, send.status(), send.total(), send.enqueued(), send.sent(), send.failed(),
                send.percentDone(), JapaneseTimes.dateTime(send.completedAt()));
    }
}
