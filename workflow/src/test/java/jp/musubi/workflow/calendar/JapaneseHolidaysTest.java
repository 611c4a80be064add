package jp.musubi.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The national holidays come from the bundled Cabinet Office CSV, never from the network. */
class JapaneseHolidaysTest {

    private final JapaneseHolidays holidays = JapaneseHolidays.bundled();

    @Test
    void theLibraryIsToldToReadTheBundledFileInsteadOfTheCabinetOfficeSite() {
        String location = System.getProperty(JapaneseHolidays.LOCATION_PROPERTY);

        assertThat(location).isEqualTo(JapaneseHolidays.BUNDLED_CSV.toExternalForm());
        assertThat(JapaneseHolidays.BUNDLED_CSV.getProtocol()).isIn("file", "jar");
    }

    @Test
    void theLibraryHoldsExactlyTheBundledYearsNotTheDownloadOrItsOwnCopy() {
        // The Cabinet Office's file and the library's fallback copy both start on 1955-01-01;
        // the library's copy ends on 2024-11-23. Only the bundled file spans 2024-01-01..2027-11-23.
        assertThat(holidays.officialDataFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(holidays.officialDataUntil()).isEqualTo(LocalDate.of(2027, 11, 23));
    }

    @Test
    void everyHolidayOf2026() {
        assertThat(holidaysOf(2026)).containsExactly(
                "2026-01-01 元日", "2026-01-12 成人の日", "2026-02-11 建国記念の日", "2026-02-23 天皇誕生日",
                "2026-03-20 春分の日", "2026-04-29 昭和の日", "2026-05-03 憲法記念日", "2026-05-04 みどりの日",
                "2026-05-05 こどもの日", "2026-05-06 休日", "2026-07-20 海の日", "2026-08-11 山の日",
                "2026-09-21 敬老の日", "2026-09-22 休日", "2026-09-23 秋分の日", "2026-10-12 スポーツの日",
                "2026-11-03 文化の日", "2026-11-23 勤労感謝の日");
    }

    @Test
    void everyHolidayOf2027WithTheVernalEquinoxOnASunday() {
        assertThat(holidaysOf(2027)).containsExactly(
                "2027-01-01 元日", "2027-01-11 成人の日", "2027-02-11 建国記念の日", "2027-02-23 天皇誕生日",
                "2027-03-21 春分の日", "2027-03-22 休日", "2027-04-29 昭和の日", "2027-05-03 憲法記念日",
                "2027-05-04 みどりの日", "2027-05-05 こどもの日", "2027-07-19 海の日", "2027-08-11 山の日",
                "2027-09-20 敬老の日", "2027-09-23 秋分の日", "2027-10-11 スポーツの日", "2027-11-03 文化の日",
                "2027-11-23 勤労感謝の日");
    }

    @Test
    void substituteHolidaysOf2024And2025() {
        assertThat(holidaysOf(2024)).hasSize(21)
                .contains("2024-02-12 休日", "2024-05-06 休日", "2024-08-12 休日", "2024-09-23 休日", "2024-11-04 休日");
        assertThat(holidaysOf(2025)).hasSize(19)
                .contains("2025-02-24 休日", "2025-05-06 休日", "2025-11-24 休日");
    }

    private List<String> holidaysOf(int year) {
        List<String> found = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            LocalDate date = day;
            holidays.nameOf(date).ifPresent(name -> found.add(date + " " + name));
        }
        return found;
    }
}
