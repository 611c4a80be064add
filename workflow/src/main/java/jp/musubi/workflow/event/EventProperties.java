package jp.musubi.workflow.event;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code musubi.events.*}.
 *
 * @param mailCron         when (Asia/Tokyo) the daily job sends the reminders (the business day before the event)
 *                         and the thank-you mails (after it)
 * @param defaultDuration  an event's length when its content gives no end (for the .ics and the retention)
 * @param maxQuestions     the most free questions one event may ask
 * @param maxAnswerLength  the longest answer to a free question
 */
@ConfigurationProperties("musubi.events")
public record EventProperties(@DefaultValue("0 0 9 * * *") String mailCron,
                              @DefaultValue("2h") Duration defaultDuration,
                              @DefaultValue("5") int maxQuestions,
                              @DefaultValue("1000") int maxAnswerLength) {
}
