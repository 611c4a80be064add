package jp.musubi.workflow.program;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What an indicator counted.
 *
 * @param groups for per-issue measures the issues that should each reach the number (empty otherwise);
 *               a record belongs to the group whose key it names
 */
public record IndicatorData(List<CountedRecord> records, List<Group> groups) {

    public IndicatorData {
        records = records.stream().sorted(Comparator.comparing(CountedRecord::date)).toList();
        groups = List.copyOf(groups);
    }

    public static IndicatorData of(List<CountedRecord> records) {
        return new IndicatorData(records, List.of());
    }

    /**
     * One record counted: the day it counts on, what it is, a further detail (organization, kind…),
     * the group it belongs to (or null) and a staff page showing it (or null).
     */
    public record CountedRecord(LocalDate date, String title, String detail, String group, String link) {
    }

    /** An issue (or other unit) a per-unit target applies to. */
    public record Group(String key, String title, LocalDate date) {
    }
}
