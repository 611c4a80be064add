package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.workflow.program.Indicator;
import jp.musubi.workflow.program.IndicatorData;
import org.springframework.stereotype.Component;

/**
 * 展示会の開催 (Kumamoto: 年2回以上): a published exhibition counts on its start day once that day has come and
 * only if it was held with exhibitors — at least one selected. An exhibition only announced, or one nobody was
 * selected for, does not count.
 */
@Component
class ExhibitionIndicator implements Indicator {

    static final String ID = "exhibitions";

    private final Exhibitions exhibitions;

    ExhibitionIndicator(Exhibitions exhibitions) {
        this.exhibitions = exhibitions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String feature() {
        return ExhibitionBeans.FEATURE;
    }

    @Override
    public IndicatorData collect(LocalDate from, LocalDate to) {
        LocalDate today = exhibitions.today();
        List<IndicatorData.CountedRecord> records = new ArrayList<>();
        for (Exhibitions.Exhibition exhibition : exhibitions.all()) {
            LocalDate day = startDay(exhibition.event().text("startAt"));
            if (day == null || day.isBefore(from) || day.isAfter(to) || day.isAfter(today)) {
                continue;
            }
            long selected = exhibitions.applications(exhibition.name()).stream()
                    .filter(a -> a.status() == ApplicationStatus.SELECTED).count();
            if (selected > 0) {
                records.add(new IndicatorData.CountedRecord(day, exhibition.title(),
                        TEXTS.get("exhibition.indicator.detail", selected), null,
                        ExhibitionAdminController.LIST + "/" + exhibition.name()));
            }
        }
        return IndicatorData.of(records);
    }

    private static LocalDate startDay(String startAt) {
        if (startAt == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(startAt).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
