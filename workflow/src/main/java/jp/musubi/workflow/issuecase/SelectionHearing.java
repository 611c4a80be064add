package jp.musubi.workflow.issuecase;

import java.time.LocalDate;

/** One ソリューション選定ヒアリング held with the proposers. */
public record SelectionHearing(LocalDate heldOn, String participants, String notes) {
}
