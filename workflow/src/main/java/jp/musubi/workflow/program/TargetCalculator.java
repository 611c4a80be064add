package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.musubi.workflow.program.ProgramProperties.Per;
import jp.musubi.workflow.program.TargetProgress.MonthCount;
import jp.musubi.workflow.program.TargetProgress.Pace;

/** Turns an indicator's records into a target's progress; pure, so tests give it records and a day. */
final class TargetCalculator {

    private TargetCalculator() {
    }

    static LocalDate from(ProgramProperties.Target target, ProgramYear year) {
        return target.from() == null ? year.start() : target.from();
    }

    static LocalDate to(ProgramProperties.Target target, ProgramYear year) {
        return target.to() == null ? year.end() : target.to();
    }

    static String label(ProgramProperties.Target target) {
        if (target.label() != null && !target.label().isBlank()) {
            return target.label();
        }
        String key = "program.indicator." + target.indicator();
        return TEXTS.has(key) ? TEXTS.get(key) : target.indicator();
    }

    static TargetProgress unavailable(ProgramProperties.Target target, ProgramYear year) {
        return new TargetProgress(target, label(target), false, from(target, year), to(target, year), 0, target.number(), 0,
                TEXTS.get("program.figure.unavailable"), Pace.UNAVAILABLE, null, List.of(), IndicatorData.of(List.of()));
    }

    /** The target as of {@code today}; records after today (there should be none) are ignored. */
    static TargetProgress compute(ProgramProperties.Target target, ProgramYear year, IndicatorData data, LocalDate today) {
        LocalDate from = from(target, year);
        LocalDate to = to(target, year);
        List<IndicatorData.CountedRecord> records = data.records().stream()
                .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to) && !r.date().isAfter(today))
                .toList();
        IndicatorData counted = new IndicatorData(records, data.groups());
        List<MonthCount> months = months(records, from, to);
        String label = label(target);
        return switch (target.per()) {
            case PERIOD -> period(target, label, from, to, counted, months, today);
            case MONTH -> buckets(target, label, from, to, counted, months, today, YearMonth::from, Per.MONTH);
            case QUARTER -> buckets(target, label, from, to, counted, months, today, TargetCalculator::quarterStart, Per.QUARTER);
            case ISSUE -> perIssue(target, label, from, to, counted, months, today);
            case RATE -> rate(target, label, from, to, counted, months, today);
        };
    }

    private static TargetProgress period(ProgramProperties.Target target, String label, LocalDate from, LocalDate to,
                                         IndicatorData data, List<MonthCount> months, LocalDate today) {
        int value = data.records().size();
        int goal = target.number();
        LocalDate reachedOn = value >= goal && goal > 0 ? data.records().get(goal - 1).date() : null;
        Pace pace;
        if (reachedOn != null) {
            pace = Pace.REACHED;
        } else if (today.isBefore(from)) {
            pace = Pace.NOT_STARTED;
        } else if (today.isAfter(to)) {
            pace = Pace.MISSED;
        } else {
            double elapsed = (double) (ChronoUnit.DAYS.between(from, today) + 1) / (ChronoUnit.DAYS.between(from, to) + 1);
            pace = value >= Math.floor(goal * elapsed) ? Pace.ON_TRACK : Pace.BEHIND;
        }
        String figure = TEXTS.get(target.exact() ? "program.figure.exact" : "program.figure.period", value, goal);
        return new TargetProgress(target, label, true, from, to, value, goal, percent(value, goal), figure, pace, reachedOn,
                months, data);
    }

    /** MONTH / QUARTER: each month (quarter) of the period must reach the number. */
    private static TargetProgress buckets(ProgramProperties.Target target, String label, LocalDate from, LocalDate to,
                                          IndicatorData data, List<MonthCount> months, LocalDate today,
                                          Function<LocalDate, Object> bucketOf, Per per) {
        List<Object> buckets = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Object bucket = bucketOf.apply(day);
            if (!buckets.contains(bucket)) {
                buckets.add(bucket);
            }
        }
        Map<Object, Integer> counts = new HashMap<>();
        Map<Object, LocalDate> reached = new HashMap<>();
        for (IndicatorData.CountedRecord record : data.records()) {
            Object bucket = bucketOf.apply(record.date());
            int count = counts.merge(bucket, 1, Integer::sum);
            if (count == target.number()) {
                reached.put(bucket, record.date());
            }
        }
        int met = reached.size();
        Object current = bucketOf.apply(today.isAfter(to) ? to : today);
        boolean pastBehind = false;
        for (Object bucket : buckets) {
            boolean ended = today.isAfter(to) || buckets.indexOf(bucket) < buckets.indexOf(current);
            if (ended && !reached.containsKey(bucket)) {
                pastBehind = true;
            }
        }
        Pace pace;
        LocalDate reachedOn = null;
        if (met == buckets.size()) {
            pace = Pace.REACHED;
            reachedOn = reached.values().stream().max(LocalDate::compareTo).orElse(null);
        } else if (today.isBefore(from)) {
            pace = Pace.NOT_STARTED;
        } else if (today.isAfter(to)) {
            pace = Pace.MISSED;
        } else {
            pace = pastBehind ? Pace.BEHIND : Pace.ON_TRACK;
        }
        String figure = TEXTS.get(per == Per.MONTH ? "program.figure.month" : "program.figure.quarter",
                met, buckets.size(), target.number());
        return new TargetProgress(target, label, true, from, to, met, buckets.size(), percent(met, buckets.size()), figure,
                pace, reachedOn, months, data);
    }

    /** ISSUE: each issue published in the period must reach the number. */
    private static TargetProgress perIssue(ProgramProperties.Target target, String label, LocalDate from, LocalDate to,
                                           IndicatorData data, List<MonthCount> months, LocalDate today) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, LocalDate> reached = new HashMap<>();
        for (IndicatorData.CountedRecord record : data.records()) {
            if (record.group() == null) {
                continue;
            }
            int count = counts.merge(record.group(), 1, Integer::sum);
            if (count == target.number()) {
                reached.put(record.group(), record.date());
            }
        }
        int goal = data.groups().size();
        int met = (int) data.groups().stream().filter(group -> reached.containsKey(group.key())).count();
        Pace pace;
        LocalDate reachedOn = null;
        if (goal == 0) {
            pace = Pace.NO_SUBJECT;
        } else if (met == goal) {
            pace = Pace.REACHED;
            reachedOn = data.groups().stream().map(group -> reached.get(group.key())).max(LocalDate::compareTo).orElse(null);
        } else if (today.isAfter(to)) {
            pace = Pace.MISSED;
        } else {
            pace = Pace.BEHIND;
        }
        String figure = TEXTS.get("program.figure.issue", met, goal, target.number());
        return new TargetProgress(target, label, true, from, to, met, goal, goal == 0 ? 0 : percent(met, goal), figure, pace,
                reachedOn, months, data);
    }

    /** RATE: the records (e.g. answers) as a percentage of the groups (e.g. those asked), against the number in percent. */
    private static TargetProgress rate(ProgramProperties.Target target, String label, LocalDate from, LocalDate to,
                                       IndicatorData data, List<MonthCount> months, LocalDate today) {
        int asked = data.groups().size();
        int counted = data.records().size();
        int value = asked == 0 ? 0 : (int) Math.floor(counted * 100.0 / asked);
        int goal = target.number();
        Pace pace;
        LocalDate reachedOn = null;
        if (asked == 0) {
            pace = today.isBefore(from) ? Pace.NOT_STARTED : Pace.NO_SUBJECT;
        } else if (value >= goal) {
            pace = Pace.REACHED;
            int needed = (int) Math.ceil(goal * asked / 100.0);
            reachedOn = needed > 0 && needed <= counted ? data.records().get(needed - 1).date() : null;
        } else if (today.isAfter(to)) {
            pace = Pace.MISSED;
        } else {
            pace = Pace.BEHIND;
        }
        String figure = TEXTS.get("program.figure.rate", value, goal, asked, counted);
        return new TargetProgress(target, label, true, from, to, value, goal, percent(value, goal), figure, pace, reachedOn,
                months, data);
    }

    private static int percent(int value, int goal) {
        if (goal <= 0) {
            return 100;
        }
        return (int) Math.min(100, Math.round(value * 100.0 / goal));
    }

    static LocalDate quarterStart(LocalDate day) {
        int fiscalMonth = (day.getMonthValue() + 8) % 12; // April = 0
        return day.withDayOfMonth(1).minusMonths(fiscalMonth % 3);
    }

    private static List<MonthCount> months(List<IndicatorData.CountedRecord> records, LocalDate from, LocalDate to) {
        Map<YearMonth, Integer> counts = new HashMap<>();
        records.forEach(record -> counts.merge(YearMonth.from(record.date()), 1, Integer::sum));
        List<MonthCount> months = new ArrayList<>();
        int cumulative = 0;
        for (YearMonth month : ProgramYear.months(from, to)) {
            int count = counts.getOrDefault(month, 0);
            cumulative += count;
            months.add(new MonthCount(month, count, cumulative));
        }
        return months;
    }
}
