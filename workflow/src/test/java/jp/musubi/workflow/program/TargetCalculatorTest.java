package jp.musubi.workflow.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.workflow.program.ProgramProperties.Per;
import jp.musubi.workflow.program.ProgramProperties.Target;
import jp.musubi.workflow.program.TargetProgress.Pace;
import org.junit.jupiter.api.Test;

/** The target arithmetic: value, goal, pace from the elapsed share, the day reached, months and quarters. */
class TargetCalculatorTest {

    static final ProgramYear FY2026 = new ProgramYear(2026);

    static IndicatorData records(LocalDate... days) {
        return IndicatorData.of(java.util.Arrays.stream(days)
                .map(day -> new IndicatorData.CountedRecord(day, "r" + day, "", null, null)).toList());
    }

    @Test
    void yearIsNamedInBothCalendars() {
        assertThat(FY2026.label()).isEqualTo("令和8年度（2026年度）");
        assertThat(FY2026.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(FY2026.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(new ProgramYear(2019).label()).isEqualTo("令和元年度（2019年度）");
    }

    @Test
    void periodTargetWithPaceAndReachedDay() {
        Target target = new Target("m", "new-members", null, 4, Per.PERIOD, null, null, false);
        IndicatorData data = records(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1));
        // At 9/30 half of the year has passed: 2 of 4 is on track, and the 3/31 record is outside.
        TargetProgress half = TargetCalculator.compute(target, FY2026, data, LocalDate.of(2026, 9, 30));
        assertThat(half.value()).isEqualTo(2);
        assertThat(half.figure()).isEqualTo("2 / 4");
        assertThat(half.percent()).isEqualTo(50);
        assertThat(half.pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(half.reachedOn()).isNull();
        assertThat(half.months()).hasSize(12);
        assertThat(half.months().get(0).count()).isEqualTo(1);
        assertThat(half.months().get(1).cumulative()).isEqualTo(2);
        // At 12/31 three quarters have passed: 2 of 4 is behind.
        assertThat(TargetCalculator.compute(target, FY2026, data, LocalDate.of(2026, 12, 31)).pace()).isEqualTo(Pace.BEHIND);

        IndicatorData four = records(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 2),
                LocalDate.of(2026, 7, 3), LocalDate.of(2026, 8, 4));
        TargetProgress reached = TargetCalculator.compute(target, FY2026, four, LocalDate.of(2026, 12, 1));
        assertThat(reached.pace()).isEqualTo(Pace.REACHED);
        assertThat(reached.reachedOn()).isEqualTo(LocalDate.of(2026, 7, 3));
        assertThat(reached.percent()).isEqualTo(100);
    }

    @Test
    void missedAfterThePeriodAndNotStartedBefore() {
        Target target = new Target("n", "member-newsletters", null, 16, Per.PERIOD, LocalDate.of(2026, 8, 1), null, false);
        IndicatorData july = records(LocalDate.of(2026, 7, 31));
        TargetProgress before = TargetCalculator.compute(target, FY2026, july, LocalDate.of(2026, 7, 31));
        assertThat(before.pace()).isEqualTo(Pace.NOT_STARTED);
        assertThat(before.value()).isZero();
        assertThat(TargetCalculator.compute(target, FY2026, july, LocalDate.of(2027, 4, 1)).pace()).isEqualTo(Pace.MISSED);
        assertThat(before.months()).hasSize(8);
    }

    @Test
    void monthlyTargetCountsMonthsThatReachedTheNumber() {
        Target target = new Target("w", "web-posts", null, 2, Per.MONTH, null, null, false);
        IndicatorData data = records(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
        TargetProgress june = TargetCalculator.compute(target, FY2026, data, LocalDate.of(2026, 6, 15));
        assertThat(june.figure()).isEqualTo("2 / 12か月で月2件以上");
        assertThat(june.pace()).isEqualTo(Pace.BEHIND); // May ended with one post
        TargetProgress may = TargetCalculator.compute(target, FY2026, data, LocalDate.of(2026, 5, 20));
        assertThat(may.pace()).isEqualTo(Pace.ON_TRACK); // April reached it, May is still running
    }

    @Test
    void quartersFollowTheFiscalYear() {
        assertThat(TargetCalculator.quarterStart(LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(TargetCalculator.quarterStart(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(TargetCalculator.quarterStart(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 1, 1));
        Target target = new Target("q", "issues-selected", null, 1, Per.QUARTER, LocalDate.of(2026, 10, 1), null, false);
        TargetProgress progress = TargetCalculator.compute(target, FY2026,
                records(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 2, 1)), LocalDate.of(2027, 3, 31));
        assertThat(progress.figure()).isEqualTo("2 / 2四半期で1件以上");
        assertThat(progress.reachedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void perIssueWithoutIssuesHasNoSubject() {
        Target target = new Target("p", "proposals-per-issue", null, 1, Per.ISSUE, null, null, false);
        TargetProgress progress = TargetCalculator.compute(target, FY2026, new IndicatorData(List.of(), List.of()),
                LocalDate.of(2026, 6, 1));
        assertThat(progress.pace()).isEqualTo(Pace.NO_SUBJECT);
    }

    @Test
    void rateTargetIsTheRecordsShareOfTheGroupsInPercent() {
        Target target = new Target("rate", "survey-response-rate", null, 30, Per.RATE, null, null, false);
        List<IndicatorData.Group> asked = new java.util.ArrayList<>();
        List<IndicatorData.CountedRecord> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            asked.add(new IndicatorData.Group("t" + i, "組織" + i, LocalDate.of(2026, 6, 1)));
            if (i < 300) {
                answers.add(new IndicatorData.CountedRecord(LocalDate.of(2026, 6, 2), "組織" + i, "", "t" + i, null));
            }
        }
        TargetProgress behind = TargetCalculator.compute(target, FY2026, new IndicatorData(answers, asked), LocalDate.of(2026, 6, 10));
        assertThat(behind.value()).isEqualTo(20);
        assertThat(behind.goal()).isEqualTo(30);
        assertThat(behind.percent()).isEqualTo(67);
        assertThat(behind.pace()).isEqualTo(Pace.BEHIND);
        assertThat(behind.figure()).isEqualTo("20 % / 30 %（対象1500件のうち回答300件）");

        for (int i = 300; i < 450; i++) {
            answers.add(new IndicatorData.CountedRecord(LocalDate.of(2026, 6, 20), "組織" + i, "", "t" + i, null));
        }
        TargetProgress reached = TargetCalculator.compute(target, FY2026, new IndicatorData(answers, asked), LocalDate.of(2026, 6, 30));
        assertThat(reached.value()).isEqualTo(30);
        assertThat(reached.pace()).isEqualTo(Pace.REACHED);
        assertThat(reached.reachedOn()).isEqualTo(LocalDate.of(2026, 6, 20));
    }
}
