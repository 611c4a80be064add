package jp.musubi.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jp.musubi.contenttypes.definition.PropertyType;
import org.junit.jupiter.api.Test;

class FieldKindTest {

    @Test
    void everyPropertyKindButSubModelsHasAFieldKind() {
        assertThat(FieldKind.of(PropertyType.Kind.STRING)).isEqualTo(FieldKind.TEXT);
        assertThat(FieldKind.of(PropertyType.Kind.RICH_TEXT)).isEqualTo(FieldKind.TEXT);
        assertThat(FieldKind.of(PropertyType.Kind.ASSET)).isEqualTo(FieldKind.TEXT);
        assertThat(FieldKind.of(PropertyType.Kind.REFERENCE)).isEqualTo(FieldKind.TEXT);
        assertThat(FieldKind.of(PropertyType.Kind.LONG)).isEqualTo(FieldKind.NUMBER);
        assertThat(FieldKind.of(PropertyType.Kind.DOUBLE)).isEqualTo(FieldKind.NUMBER);
        assertThat(FieldKind.of(PropertyType.Kind.DECIMAL)).isEqualTo(FieldKind.NUMBER);
        assertThat(FieldKind.of(PropertyType.Kind.BOOLEAN)).isEqualTo(FieldKind.BOOLEAN);
        assertThat(FieldKind.of(PropertyType.Kind.DATE)).isEqualTo(FieldKind.DATE);
        assertThat(FieldKind.of(PropertyType.Kind.DATE_TIME)).isEqualTo(FieldKind.DATE_TIME);
        assertThat(FieldKind.of(PropertyType.Kind.SUB_MODEL)).isNull();
    }

    @Test
    void numbersCompareByValueWhateverTheirJavaType() {
        assertThat(Values.compare(FieldKind.NUMBER.fromStored(3L), FieldKind.NUMBER.parse("3.0"))).isZero();
        assertThat(Values.compare(FieldKind.NUMBER.fromStored(2.5), FieldKind.NUMBER.parse("10"))).isNegative();
        assertThat(Values.compare(FieldKind.NUMBER.fromStored(new BigDecimal("1500.50")),
                FieldKind.NUMBER.parse("1500.5"))).isZero();
        assertThat(FieldKind.NUMBER.parse("１２")).as("full-width digits").isEqualTo(new BigDecimal("12"));
    }

    @Test
    void datesAndDateTimesCompareChronologically() {
        assertThat(FieldKind.DATE.parse("2026-12-10")).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(FieldKind.DATE_TIME.parse("2026-12-10T13:30")).isEqualTo(LocalDateTime.of(2026, 12, 10, 13, 30));
        assertThat(FieldKind.DATE_TIME.parse("2026-12-10")).as("a day means its start")
                .isEqualTo(LocalDateTime.of(2026, 12, 10, 0, 0));
        assertThat(Values.compare(FieldKind.DATE_TIME.fromStored("2026-12-10T09:00"),
                FieldKind.DATE_TIME.parse("2026-12-10T13:30"))).isNegative();
    }

    @Test
    void systemDatesAcceptAnOffsetALocalTokyoTimeOrADay() {
        Instant expected = Instant.parse("2026-11-22T01:00:00Z");
        assertThat(FieldKind.INSTANT.parse("2026-11-22T10:00:00+09:00")).isEqualTo(expected);
        assertThat(FieldKind.INSTANT.parse("2026-11-22T10:00:00.000+09:00")).isEqualTo(expected);
        assertThat(FieldKind.INSTANT.parse("2026-11-22T10:00:00 09:00")).as("'+' decoded as a space")
                .isEqualTo(expected);
        assertThat(FieldKind.INSTANT.parse("2026-11-22T01:00:00Z")).isEqualTo(expected);
        assertThat(FieldKind.INSTANT.parse("2026-11-22T10:00")).isEqualTo(expected);
        assertThat(FieldKind.INSTANT.parse("2026-11-22")).isEqualTo(Instant.parse("2026-11-21T15:00:00Z"));
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(FieldKind.BOOLEAN.parse("true")).isEqualTo(true);
        assertThat(FieldKind.BOOLEAN.parse("FALSE")).isEqualTo(false);
        assertThat(FieldKind.BOOLEAN.fromStored(Boolean.TRUE)).isEqualTo(true);
    }

    @Test
    void malformedQueryValuesAreRefused() {
        assertThatThrownBy(() -> FieldKind.NUMBER.parse("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldKind.BOOLEAN.parse("yes")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldKind.DATE.parse("2026-13-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldKind.DATE.parse("10/12/2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldKind.DATE_TIME.parse("2026-12-10 13:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldKind.INSTANT.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedValuesThatDoNotFitCountAsAbsent() {
        assertThat(FieldKind.NUMBER.fromStored("n/a")).isNull();
        assertThat(FieldKind.DATE.fromStored("someday")).isNull();
        assertThat(FieldKind.NUMBER.fromStored(true)).isNull();
        assertThat(FieldKind.TEXT.fromStored(null)).isNull();
    }
}
