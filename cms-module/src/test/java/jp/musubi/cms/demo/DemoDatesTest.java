package jp.musubi.cms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DemoDatesTest {

    private static final LocalDate LOAD_DAY = LocalDate.of(2026, 12, 3);

    @Test
    void relativeDatesAndDateTimesCountFromTheLoadDay() {
        assertThat(DemoDates.resolve("today+60", LOAD_DAY)).isEqualTo("2027-02-01");
        assertThat(DemoDates.resolve("today+64 10:00", LOAD_DAY)).isEqualTo("2027-02-05T10:00");
        assertThat(DemoDates.resolve("today-3", LOAD_DAY)).isEqualTo("2026-11-30");
        assertThat(DemoDates.resolve("today", LOAD_DAY)).isEqualTo("2026-12-03");
        assertThat(DemoDates.date("today+29", LOAD_DAY)).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void otherValuesStayAsWritten() {
        assertThat(DemoDates.resolve("2027-02-19T14:00", LOAD_DAY)).isEqualTo("2027-02-19T14:00");
        assertThat(DemoDates.resolve("today is fine", LOAD_DAY)).isEqualTo("today is fine");
        assertThat(DemoDates.resolve(150, LOAD_DAY)).isEqualTo(150);
        assertThat(DemoDates.resolve(null, LOAD_DAY)).isNull();
        assertThat(DemoDates.date("2027-01-15", LOAD_DAY)).isEqualTo(LocalDate.of(2027, 1, 15));
    }
}
