package jp.musubi.workflow.event;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.survey.SurveyInvitations;
import jp.musubi.workflow.survey.SurveyRecipient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily job: the reminder on the last business day before the event (Japanese holidays and the office's
 * closures count as closed; a day missed is caught up until the event), and the thank-you after the event to
 * those who attended, with the questionnaire's personal link when the event has one and surveys are there.
 */
@Component
public class EventDailyMails {

    private final EventApplicationRepository repository;
    private final EventCatalog catalog;
    private final EventApplicationDesk desk;
    private final EventMails mails;
    private final JapaneseBusinessCalendar calendar;
    private final ObjectProvider<SurveyInvitations> surveys;
    private final Clock clock;

    EventDailyMails(EventApplicationRepository repository, EventCatalog catalog, EventApplicationDesk desk,
                    EventMails mails, JapaneseBusinessCalendar calendar, ObjectProvider<SurveyInvitations> surveys,
                    Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.desk = desk;
        this.mails = mails;
        this.calendar = calendar;
        this.surveys = surveys;
        this.clock = clock;
    }

    @Scheduled(cron = "${musubi.events.mail-cron:0 0 9 * * *}", zone = "Asia/Tokyo")
    void daily() {
        run();
    }

    /** The reminders and thank-yous due now (by the application's clock); @return how many mails were queued. */
    @Transactional
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, JapaneseTimes.ZONE);
        Map<String, Optional<EventInfo>> events = new HashMap<>();
        int sent = 0;
        for (EventApplication application : repository.toRemind(now)) {
            Optional<EventInfo> event = events.computeIfAbsent(application.eventName(), catalog::find);
            if (event.isEmpty() || !today.isBefore(event.get().day()) || today.isBefore(reminderDay(event.get().day()))) {
                continue;
            }
            mails.send(EventMails.REMINDER, event.get(), application, null, null);
            repository.markReminded(application.id(), now);
            sent++;
        }
        for (EventApplication application : repository.toThank(now)) {
            Optional<EventInfo> event = events.computeIfAbsent(application.eventName(), catalog::find);
            if (event.isEmpty()) {
                continue;
            }
            mails.thank(event.get(), application, surveyLink(application).orElse(null));
            repository.markThanked(application.id(), now);
            sent++;
        }
        return sent;
    }

    /** The last business day before the event's day. */
    LocalDate reminderDay(LocalDate eventDay) {
        LocalDate day = eventDay.minusDays(1);
        for (int i = 0; i < 30 && !calendar.isBusinessDay(day); i++) {
            day = day.minusDays(1);
        }
        return day;
    }

    private Optional<String> surveyLink(EventApplication application) {
        Long surveyId = desk.settings(application.eventName()).surveyId();
        SurveyInvitations invitations = surveys.getIfAvailable();
        if (surveyId == null || invitations == null) {
            return Optional.empty();
        }
        return invitations.personalLink(surveyId,
                new SurveyRecipient(application.organization(), application.name(), application.email())).map(URI::toString);
    }
}
