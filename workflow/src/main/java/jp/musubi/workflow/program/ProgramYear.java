package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A fiscal year, April to March, named both ways (令和8年度（2026年度）). */
public record ProgramYear(int year) {

    public LocalDate start() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** 令和8年度（2026年度）. */
    public String label() {
        // The era in force at the year's end names the whole fiscal year: FY2019 is 令和元年度, not 平成31年度.
        JapaneseDate atEnd = JapaneseDate.from(end());
        String era = atEnd.getEra().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
        int eraStartYear = end().getYear() - atEnd.get(java.time.temporal.ChronoField.YEAR_OF_ERA) + 1;
        int yearOfEra = year - eraStartYear + 1;
        return TEXTS.get("program.year.label", era, yearOfEra == 1 ? TEXTS.get("program.year.first") : String.valueOf(yearOfEra),
                String.valueOf(year));
    }

    public static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
