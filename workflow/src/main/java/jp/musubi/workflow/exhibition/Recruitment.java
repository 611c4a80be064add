package jp.musubi.workflow.exhibition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The exhibitor recruitment of one exhibition event: until when, how many exhibitors, which booths. */
public record Recruitment(String eventName, LocalDate deadline, int limit, List<String> boothOptions, String guidance,
                          String openedBy, Instant openedAt) {

    public Recruitment {
        boothOptions = List.copyOf(boothOptions);
    }

    /** Applications are taken until the end of the deadline day (Asia/Tokyo). */
    public boolean openOn(LocalDate today) {
        return !today.isAfter(deadline);
    }
}
