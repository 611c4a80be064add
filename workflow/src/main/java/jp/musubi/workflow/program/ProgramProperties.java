package jp.musubi.workflow.program;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme's year, targets and deliverables ({@code musubi.program.*}). The defaults are
 * Tochigi's FY2026 platform; the {@code kumamoto} profile replaces them with Kumamoto's FY2025 lists.
 *
 * @param fiscalYear            the 西暦 year in which the fiscal year starts (April to March)
 * @param excludedMemberKinds   organization kinds not counted as new members (県・市町, 県・市町村)
 * @param reminderBusinessDays  business days before a deliverable's due date when the reminder goes out
 */
@ConfigurationProperties("musubi.program")
public record ProgramProperties(@DefaultValue("DX推進プラットフォーム") String name,
                                @DefaultValue("2026") int fiscalYear,
                                @DefaultValue List<Target> targets,
                                @DefaultValue List<Deliverable> deliverables,
                                @DefaultValue List<String> excludedMemberKinds,
                                @DefaultValue("5") int reminderBusinessDays) {

    /**
     * One target: the indicator that computes it, the number aimed at, per what and over which dates.
     *
     * @param id        stable key of the target in URLs (e.g. {@code new-members})
     * @param indicator id of the {@link Indicator} bean; one without a bean is shown as not yet available
     * @param label     Japanese name as the specification words it
     * @param per       PERIOD: the count over the period; MONTH / QUARTER: that many in each; ISSUE: that
     *                  many for each issue published in the period; RATE: the indicator's records as a
     *                  percentage of its groups (answers of those asked), the number being the percent aimed at
     * @param from      first day counted (default: the fiscal year's 4/1)
     * @param to        last day counted (default: the fiscal year's 3/31)
     * @param exact     the target is "exactly N" (1回) rather than "at least N" (1回以上)
     */
    public record Target(String id, String indicator, String label, int number, @DefaultValue("PERIOD") Per per,
                         LocalDate from, LocalDate to, @DefaultValue("false") boolean exact) {
    }

    public enum Per {
        PERIOD, MONTH, QUARTER, ISSUE, RATE
    }

    /** A deliverable (成果品) with its due date. */
    public record Deliverable(String id, String title, LocalDate due, String note) {
    }
}
