package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.input.InputRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications, changes, cancellations with promotion from the waiting list, and check-in. Every change of an
 * event's seats first takes the event's lock row ({@code event_setting} FOR UPDATE), so concurrent applications
 * and cancellations are counted one after another; the unique (event, seat) pair is the second guard.
 */
@Service
class EventApplicationDesk {

    private final EventApplicationRepository repository;
    private final EventCatalog catalog;
    private final ApplicantChecks checks;
    private final EventMails mails;
    private final Clock clock;

    EventApplicationDesk(EventApplicationRepository repository, EventCatalog catalog, ApplicantChecks checks,
                         EventMails mails, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.checks = checks;
        this.mails = mails;
        this.clock = clock;
    }

    /** What an application did: accepted or waitlisted (then the place in the queue, 1 = next). */
    record Outcome(ApplicationStatus status, Integer position, String token) {
    }

    EventSettings settings(String eventName) {
        return repository.settings(eventName).orElseGet(() -> EventSettings.defaults(eventName));
    }

    Availability availability(EventInfo event) {
        EventSettings settings = settings(event.name());
        return Availability.of(event, settings, repository.takenSeats(event.name()).size(), clock.instant());
    }

    @Transactional
    Outcome apply(String eventName, java.util.Map<String, String> values) {
        EventInfo event = catalog.find(eventName).orElseThrow(() -> InputRefused.general(TEXTS.get("event.refused.unknown")));
        repository.ensureSettings(eventName);
        repository.lock(eventName);
        EventSettings settings = settings(eventName);
        ApplicantInput input = checks.check(settings, values);
        List<Integer> taken = repository.takenSeats(eventName);
        Instant now = clock.instant();
        Availability availability = Availability.of(event, settings, taken.size(), now);
        if (!availability.takesApplications()) {
            throw InputRefused.general(availability.refusal());
        }
        boolean duplicate = repository.ofEvent(eventName).stream()
                .anyMatch(a -> a.status() != ApplicationStatus.CANCELLED && a.email().equalsIgnoreCase(input.email()));
        if (duplicate) {
            throw InputRefused.of("email", TEXTS.get("event.refused.duplicate"));
        }
        String token = CheckinCodes.newToken();
        String code = uniqueCode();
        ApplicationStatus status = availability.state() == Availability.State.SEATS
                ? ApplicationStatus.ACCEPTED : ApplicationStatus.WAITLISTED;
        Integer seat = status == ApplicationStatus.ACCEPTED ? freeSeat(taken) : null;
        long id = repository.insert(eventName, CheckinCodes.hash(token), code, status, seat, now, input, event.endsAt());
        EventApplication application = repository.byId(id).orElseThrow();
        Integer position = status == ApplicationStatus.WAITLISTED ? position(eventName, id) : null;
        mails.send(status == ApplicationStatus.ACCEPTED ? EventMails.ACCEPTED : EventMails.WAITLISTED, event, application,
                token, position);
        return new Outcome(status, position, token);
    }

    Optional<EventApplication> byToken(String token) {
        if (!CheckinCodes.looksLikeToken(token)) {
            return Optional.empty();
        }
        return repository.byToken(CheckinCodes.hash(token));
    }

    /** The applicant's own changes (name, organization, phone, the answers), until the event starts. */
    @Transactional
    EventApplication change(String token, java.util.Map<String, String> values) {
        EventApplication application = active(token);
        EventInfo event = catalog.find(application.eventName())
                .orElseThrow(() -> InputRefused.general(TEXTS.get("event.refused.unknown")));
        if (!clock.instant().isBefore(event.startsAt())) {
            throw InputRefused.general(TEXTS.get("event.refused.started"));
        }
        repository.lock(application.eventName());
        java.util.Map<String, String> all = new java.util.HashMap<>(values);
        all.put("email", application.email());
        ApplicantInput input = checks.check(settings(application.eventName()), all);
        repository.change(application.id(), input);
        EventApplication changed = repository.byId(application.id()).orElseThrow();
        mails.send(EventMails.CHANGED, event, changed, null, null);
        return changed;
    }

    /**
     * Cancels through the personal link and gives the seat to the first waitlisted applicant, who gets the
     * 繰り上げ mail with the .ics and the code.
     */
    @Transactional
    void cancel(String token) {
        EventApplication application = active(token);
        EventInfo event = catalog.find(application.eventName())
                .orElseThrow(() -> InputRefused.general(TEXTS.get("event.refused.unknown")));
        if (!clock.instant().isBefore(event.startsAt())) {
            throw InputRefused.general(TEXTS.get("event.refused.started"));
        }
        repository.lock(application.eventName());
        // Read again under the lock: a second cancellation of the same application waits here and finds it cancelled.
        EventApplication current = repository.byId(application.id()).orElseThrow();
        if (current.status() == ApplicationStatus.CANCELLED) {
            throw InputRefused.general(TEXTS.get("event.refused.cancelled"));
        }
        Instant now = clock.instant();
        repository.cancel(current.id(), now);
        mails.send(EventMails.CANCELLED, event, current, null, null);
        if (current.status() == ApplicationStatus.ACCEPTED) {
            promote(event, now);
        }
    }

    /** Fills the free seats from the waiting list, in order (after a cancellation or a larger capacity). */
    private void promote(EventInfo event, Instant now) {
        EventSettings settings = settings(event.name());
        Integer capacity = settings.capacityFor(event);
        while (true) {
            List<Integer> taken = repository.takenSeats(event.name());
            if (capacity != null && taken.size() >= capacity) {
                return;
            }
            Optional<EventApplication> next = repository.firstWaitlisted(event.name());
            if (next.isEmpty()) {
                return;
            }
            repository.promote(next.get().id(), freeSeat(taken), now);
            EventApplication promoted = repository.byId(next.get().id()).orElseThrow();
            mails.send(EventMails.PROMOTED, event, promoted, null, null);
        }
    }

    /** After the secretariat raised the capacity: the waiting list moves up. */
    @Transactional
    void promoteWaiting(String eventName) {
        catalog.find(eventName).ifPresent(event -> {
            repository.ensureSettings(eventName);
            repository.lock(eventName);
            if (clock.instant().isBefore(event.startsAt())) {
                promote(event, clock.instant());
            }
        });
    }

    /** The result of a check-in at the door. */
    record CheckIn(boolean ok, String message, EventApplication application) {
    }

    /** Checks in the holder of a code at this event's door; refuses a code of another event, waitlisted or cancelled. */
    @Transactional
    CheckIn checkIn(EventInfo event, String typed, String staff) {
        String code = CheckinCodes.normalize(typed);
        if (code == null) {
            throw InputRefused.of("code", TEXTS.get("event.checkin.required"));
        }
        if (!CheckinCodes.wellFormed(code)) {
            throw InputRefused.of("code", TEXTS.get("event.checkin.malformed"));
        }
        EventApplication application = repository.byCode(code)
                .orElseThrow(() -> InputRefused.of("code", TEXTS.get("event.checkin.unknown")));
        if (!application.eventName().equals(event.name())) {
            String other = catalog.find(application.eventName()).map(EventInfo::title).orElse(application.eventName());
            throw InputRefused.of("code", TEXTS.get("event.checkin.otherEvent", other));
        }
        if (application.status() == ApplicationStatus.CANCELLED) {
            throw InputRefused.of("code", TEXTS.get("event.checkin.cancelled"));
        }
        if (application.status() == ApplicationStatus.WAITLISTED) {
            throw InputRefused.of("code", TEXTS.get("event.checkin.waitlisted"));
        }
        if (!repository.checkIn(application.id(), clock.instant(), staff)) {
            return new CheckIn(false, TEXTS.get("event.checkin.already", application.name(), application.organization(),
                    jp.musubi.cms.common.JapaneseTimes.dateTime(application.checkedInAt())), application);
        }
        return new CheckIn(true, TEXTS.get("event.checkin.done", application.name(), application.organization()),
                repository.byId(application.id()).orElseThrow());
    }

    private EventApplication active(String token) {
        EventApplication application = byToken(token)
                .orElseThrow(() -> InputRefused.general(TEXTS.get("event.refused.token")));
        if (application.status() == ApplicationStatus.CANCELLED) {
            throw InputRefused.general(TEXTS.get("event.refused.cancelled"));
        }
        if (application.erasedAt() != null) {
            throw InputRefused.general(TEXTS.get("event.refused.token"));
        }
        return application;
    }

    private int position(String eventName, long id) {
        List<EventApplication> waiting = new ArrayList<>(repository.ofEvent(eventName).stream()
                .filter(a -> a.status() == ApplicationStatus.WAITLISTED).toList());
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id() == id) {
                return i + 1;
            }
        }
        return waiting.size();
    }

    private static int freeSeat(List<Integer> taken) {
        int seat = 1;
        for (Integer t : taken) {
            if (t == null || t > seat) {
                break;
            }
            seat = t + 1;
        }
        return seat;
    }

    private String uniqueCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = CheckinCodes.newCode();
            if (!repository.codeTaken(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free check-in code after 20 attempts");
    }
}
