package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.common.ICalendar;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.MailAttachment;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Writes the applicants' mails into the outbox, in the caller's transaction: with a seat, the event as .ics
 * ({@code METHOD:PUBLISH}, one UID per application) and the check-in code as a QR code image.
 */
@Component
class EventMails {

    static final String ACCEPTED = "ACCEPTED";
    static final String WAITLISTED = "WAITLISTED";
    static final String PROMOTED = "PROMOTED";
    static final String CHANGED = "CHANGED";
    static final String CANCELLED = "CANCELLED";
    static final String REMINDER = "REMINDER";

    private final Notifications notifications;
    private final SiteProperties site;
    private final Clock clock;

    EventMails(Notifications notifications, SiteProperties site, Clock clock) {
        this.notifications = notifications;
        this.site = site;
        this.clock = clock;
    }

    @Bean
    static MailKind eventApplicationMailKind() {
        return EventApplicationMail.KIND;
    }

    @Bean
    static MailKind eventThanksMailKind() {
        return EventThanksMail.KIND;
    }

    /** @param token the personal link's token, or null when it is not at hand */
    void send(String change, EventInfo event, EventApplication application, String token, Integer position) {
        boolean seat = application.status() == ApplicationStatus.ACCEPTED && !CANCELLED.equals(change);
        EventApplicationMail mail = new EventApplicationMail(application.email(), application.name(), change, event.title(),
                when(event), event.venue(), "/events/" + event.name(),
                token == null ? null : EventApplicationPages.personalPath(token),
                seat ? application.displayCode() : null, position);
        List<MailAttachment> attachments = new ArrayList<>();
        if (seat) {
            attachments.add(new MailAttachment("event.ics", ICalendar.CONTENT_TYPE_PUBLISH, ics(event, application)));
            attachments.add(new MailAttachment("checkin-code.png", "image/png", QrCodes.png(application.checkinCode())));
        }
        notifications.send(mail, attachments);
    }

    void thank(EventInfo event, EventApplication application, String surveyLink) {
        notifications.send(new EventThanksMail(application.email(), application.name(), event.title(), surveyLink));
    }

    byte[] ics(EventInfo event, EventApplication application) {
        String host = site.baseUrl().replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
        String url = site.baseUrl().replaceFirst("/$", "") + "/events/" + event.name();
        ICalendar.Entry entry = new ICalendar.Entry("event-application-" + application.id() + "@" + host, 0,
                event.startsAt(), event.endsAt(), event.title(), event.venue(), url,
                TEXTS.get("event.ics.description", application.displayCode()));
        return ICalendar.publish(entry, clock.instant());
    }

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("H:mm");

    /** 2026年12月11日（金） 13:30〜16:00, or with the end's date when it ends another day. */
    static String when(EventInfo event) {
        boolean sameDay = event.day().equals(java.time.LocalDate.ofInstant(event.endsAt(), JapaneseTimes.ZONE));
        return JapaneseTimes.dateTimeWithWeekday(event.startsAt()) + "〜"
                + (sameDay ? TIME.format(event.endsAt().atZone(JapaneseTimes.ZONE)) : JapaneseTimes.dateTimeWithWeekday(event.endsAt()));
    }
}
