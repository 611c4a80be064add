package jp.musubi.workflow.program;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deliverable of the programme year with where it stands.
 *
 * @param businessDaysLeft business days from today to the due date (0 on the day, negative when overdue)
 */
public record Deliverable(String id, String title, LocalDate due, String note, State state, int businessDaysLeft,
                          String assetId, String fileName, String deliveredBy, Instant deliveredAt) {

    public enum State {
        PENDING, DELIVERED, OVERDUE
    }

    public boolean overdue() {
        return state == State.OVERDUE;
    }
}
