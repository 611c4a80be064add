package jp.musubi.workflow.event;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the event applications, from {@code i18n/event.properties}. */
final class EventTexts {

    static final Messages TEXTS = Messages.of("i18n/event");

    /** Key prefix of the event types (event.type.kickoff …), as the content type names them. */
    static final String TYPE = "event.type.";
    /** Key prefix of the application statuses (event.status.ACCEPTED …). */
    static final String STATUS = "event.status.";
    /** Key prefix of the attendance modes (event.mode.VENUE …). */
    static final String MODE = "event.mode.";
    /** Key prefix of the yes/no answers (event.yesno.YES …). */
    static final String YES_NO = "event.yesno.";
    /** Key prefix of the mail subjects and leads by change (event.mail.subject.ACCEPTED …). */
    static final String MAIL_SUBJECT = "event.mail.subject.";
    static final String MAIL_LEAD = "event.mail.lead.";

    private EventTexts() {
    }
}
