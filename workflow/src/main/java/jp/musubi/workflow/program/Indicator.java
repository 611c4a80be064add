package jp.musubi.workflow.program;

import java.time.LocalDate;

/**
 * A named, computed measure of the programme, contributed as a bean by whoever owns the data: the
 * dashboard, the drill-down and the reports count what {@link #collect} returns, never a typed-in number.
 */
public interface Indicator {

    /** The id targets name in {@code musubi.program.targets[].indicator}. */
    String id();

    /**
     * The records this indicator counts on the days {@code from} to {@code to} (both inclusive,
     * Asia/Tokyo), each dated; for per-issue targets also the issues each must reach the number for.
     */
    IndicatorData collect(LocalDate from, LocalDate to);

    /**
     * The switchable feature ({@code musubi.features.enabled}) whose data this indicator counts: while that
     * feature is off, a target over this indicator has no row on the dashboard or in the reports. None: always.
     */
    default String feature() {
        return null;
    }

    /** {@code indicator}, as a measure of {@code feature}: no target row over it while the feature is off. */
    static Indicator ofFeature(String feature, Indicator indicator) {
        return new Indicator() {
            @Override
            public String id() {
                return indicator.id();
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                return indicator.collect(from, to);
            }

            @Override
            public String feature() {
                return feature;
            }
        };
    }
}
