package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;

/** A target as the pages and reports show it, with the monthly chart's bars laid out for a server-side SVG. */
public record TargetView(String id, String label, boolean available, String figure, int percent, String pace, String paceKey,
                         String reachedOn, String period, List<Bar> bars, List<TargetProgress.MonthCount> months,
                         TargetProgress progress) {

    /** Key prefix of the pace labels (program.pace.REACHED …). */
    static final String PACE = "program.pace.";

    static final int CHART_HEIGHT = 120;
    static final int BAR_WIDTH = 22;
    static final int BAR_GAP = 6;

    /** One month's bar: position and size in the SVG's user units, and its label. */
    public record Bar(int x, int y, int height, String month, int count) {
    }

    public static TargetView of(TargetProgress progress) {
        int max = Math.max(1, progress.maxMonthCount());
        List<Bar> bars = new ArrayList<>();
        int x = 30;
        for (TargetProgress.MonthCount month : progress.months()) {
            int height = (int) Math.round((double) month.count() * (CHART_HEIGHT - 10) / max);
            bars.add(new Bar(x, CHART_HEIGHT - height, height, month.month().getMonthValue() + "月", month.count()));
            x += BAR_WIDTH + BAR_GAP;
        }
        return new TargetView(progress.target().id(), progress.label(), progress.available(), progress.figure(),
                progress.percent(), TEXTS.get(PACE + progress.pace().name()), progress.pace().name(),
                progress.reachedOn() == null ? "" : JapaneseTimes.dateWithWeekday(progress.reachedOn()),
                date(progress.from()) + "〜" + date(progress.to()), bars, progress.months(), progress);
    }

    public int chartWidth() {
        return 30 + bars.size() * (BAR_WIDTH + BAR_GAP);
    }

    public String monthLabel(TargetProgress.MonthCount month) {
        return TEXTS.get("program.month", month.month().getYear(), month.month().getMonthValue());
    }

    static String date(LocalDate date) {
        return date.format(JapaneseTimes.DATE);
    }
}
