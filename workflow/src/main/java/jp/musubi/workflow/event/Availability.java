package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.time.Instant;
import java.time.LocalDate;

import jp.musubi.cms.common.JapaneseTimes;

/**
 * Whether an event takes an application now, and as what.
 *
 * @param seatsLeft null for no limit
 */
record Availability(State state, Integer seatsLeft) {

    enum State {
        /** A seat for the next applicant. */
        SEATS,
        /** Full: the next applicant waits. */
        WAITING_LIST,
        /** Full and no waiting list. */
        FULL,
        /** 申込受付中 is off. */
        NOT_OPEN,
        /** After the deadline, or the event has started. */
        CLOSED
    }

    static Availability of(EventInfo event, EventSettings settings, int taken, Instant now) {
        if (!event.applicationOpen()) {
            return new Availability(State.NOT_OPEN, null);
        }
        LocalDate today = LocalDate.ofInstant(now, JapaneseTimes.ZONE);
        LocalDate deadline = settings.deadlineFor(event);
        if (!now.isBefore(event.startsAt()) || deadline != null && today.isAfter(deadline)) {
            return new Availability(State.CLOSED, null);
        }
        Integer capacity = settings.capacityFor(event);
        if (capacity == null || taken < capacity) {
            return new Availability(State.SEATS, capacity == null ? null : capacity - taken);
        }
        return new Availability(settings.waitingList() ? State.WAITING_LIST : State.FULL, 0);
    }

    boolean takesApplications() {
        return state == State.SEATS || state == State.WAITING_LIST;
    }

    /** Why an application is refused now, in Japanese; null when it is taken. */
    String refusal() {
        return switch (state) {
            case SEATS, WAITING_LIST -> null;
            case FULL -> TEXTS.get("event.refused.full");
            case NOT_OPEN -> TEXTS.get("event.refused.notOpen");
            case CLOSED -> TEXTS.get("event.refused.closed");
        };
    }

    /** A sentence for the event page and the form: seats left, or the waiting list. */
    public String note() {
        return switch (state) {
            case SEATS -> seatsLeft == null ? null : TEXTS.get("event.note.seats", seatsLeft);
            case WAITING_LIST -> TEXTS.get("event.note.waitingList");
            default -> refusal();
        };
    }
}
