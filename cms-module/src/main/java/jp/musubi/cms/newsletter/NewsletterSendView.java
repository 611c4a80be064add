package jp.musubi.cms.newsletter;

import jp.musubi.cms.common.JapaneseTimes;

/** One send in the list, formatted for the page. */
record NewsletterSendView(long id, String title, int revision, String createdAt, String createdBy,
                          NewsletterSendStatus status, int total, int enqueued, int sent, int failed, int percentDone,
                          String completedAt) {

    static NewsletterSendView of(NewsletterSend send) {
        return new NewsletterSendView(send.id(), send.title(), send.articleRevision(), JapaneseTimes.dateTime(send.createdAt()),
                send.createdBy(), send.status(), send.total(), send.enqueued(), send.sent(), send.failed(),
                send.percentDone(), JapaneseTimes.dateTime(send.completedAt()));
    }
}
