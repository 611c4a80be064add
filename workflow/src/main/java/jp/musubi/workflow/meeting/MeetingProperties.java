package jp.musubi.workflow.meeting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code musubi.meeting.*}.
 *
 * @param reminderInterval how often the materials reminders of 定例打合せ are looked for (a reminder goes out at most
 *                         this late)
 */
@ConfigurationProperties("musubi.meeting")
public record MeetingProperties(@DefaultValue("5m") Duration reminderInterval) {
}
