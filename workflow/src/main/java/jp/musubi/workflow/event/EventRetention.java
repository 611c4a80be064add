package jp.musubi.workflow.event;

import java.time.Clock;
import java.time.Instant;

import jp.musubi.cms.common.RetentionRule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications of events that ended longer than {@code musubi.retention.periods.event-applications} ago lose
 * the applicant's name, organization, mail, phone and answers; the status, the check-in and the dates stay,
 * so the attendance figures of the dashboard do not change.
 */
@Component
class EventRetention implements RetentionRule {

    private final EventApplicationRepository repository;
    private final Clock clock;

    EventRetention(EventApplicationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "event-applications";
    }

    @Override
    @Transactional
    public int eraseBefore(Instant cutoff) {
        return repository.erase(cutoff, ERASED, clock.instant());
    }
}
