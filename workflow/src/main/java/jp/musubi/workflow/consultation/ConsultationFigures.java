package jp.musubi.workflow.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly figures of the consultation desk (仕様書 ②エ): consultations received, advised, wanting
 * matching support, informed of companies and in contact with one, by month of Japan time, with the
 * list behind each figure. For the monthly report and the program dashboard.
 */
@Service
public class ConsultationFigures {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** What a figure counts, and by which date. */
    public enum Figure {
        RECEIVED(ConsultationCase::receivedAt),
        ADVISED(ConsultationCase::advisedAt),
        MATCHING_SUPPORT(c -> Boolean.TRUE.equals(c.matchingWanted()) ? c.advisedAt() : null),
        INFORMED(ConsultationCase::informedAt),
        IN_CONTACT(c -> Boolean.TRUE.equals(c.contactMade()) ? c.contactedAt() : null);

        private final Function<ConsultationCase, Instant> date;

        Figure(Function<ConsultationCase, Instant> date) {
            this.date = date;
        }

        /** 相談受付, 情報提供… */
        public String label() {
            return ConsultationTexts.option("consultation.figure", name());
        }
    }

    /** One month's figures. */
    public record MonthFigures(YearMonth month, long received, long advised, long matchingSupport, long informed,
                               long inContact) {

        /** 2026年4月. */
        public String label() {
            return ConsultationReport.monthLabel(month);
        }

        public long get(Figure figure) {
            return switch (figure) {
                case RECEIVED -> received;
                case ADVISED -> advised;
                case MATCHING_SUPPORT -> matchingSupport;
                case INFORMED -> informed;
                case IN_CONTACT -> inContact;
            };
        }
    }

    /** A consultation behind a figure: no contact person, mail or phone. */
    public record Line(long id, String organization, String topic, Instant at, String status) {
    }

    private final ConsultationRepository consultations;

    ConsultationFigures(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    /** April of {@code fiscalYear} to March of the next, month by month. */
    @Transactional(readOnly = true)
    public List<MonthFigures> fiscalYear(int fiscalYear) {
        List<ConsultationCase> all = consultations.all();
        List<MonthFigures> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = YearMonth.of(fiscalYear, 4).plusMonths(i);
            months.add(new MonthFigures(month, count(all, month, Figure.RECEIVED), count(all, month, Figure.ADVISED),
                    count(all, month, Figure.MATCHING_SUPPORT), count(all, month, Figure.INFORMED),
                    count(all, month, Figure.IN_CONTACT)));
        }
        return months;
    }

    /** The consultations one figure of one month counts, by that figure's date. */
    @Transactional(readOnly = true)
    public List<Line> lines(YearMonth month, Figure figure) {
        return consultations.all().stream()
                .filter(c -> in(figure.date.apply(c), month))
                .sorted(Comparator.comparing(figure.date).thenComparing(ConsultationCase::id))
                .map(c -> new Line(c.id(), c.request().organization(), c.request().topic(), figure.date.apply(c), c.status()))
                .toList();
    }

    /** The consultations one figure counts on the Japan-time days {@code from} to {@code to}, both inclusive. */
    @Transactional(readOnly = true)
    public List<Line> lines(LocalDate from, LocalDate to, Figure figure) {
        return consultations.all().stream()
                .filter(c -> within(figure.date.apply(c), from, to))
                .sorted(Comparator.comparing(figure.date).thenComparing(ConsultationCase::id))
                .map(c -> new Line(c.id(), c.request().organization(), c.request().topic(), figure.date.apply(c), c.status()))
                .toList();
    }

    /** The Japan-time day of a moment. */
    public static LocalDate dayOf(Instant at) {
        return at.atZone(JAPAN).toLocalDate();
    }

    private static boolean within(Instant at, LocalDate from, LocalDate to) {
        if (at == null) {
            return false;
        }
        LocalDate day = dayOf(at);
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The fiscal year of a moment in Japan time. */
    public static int fiscalYearOf(Instant at) {
        YearMonth month = YearMonth.from(at.atZone(JAPAN));
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    private static long count(List<ConsultationCase> all, YearMonth month, Figure figure) {
        return all.stream().filter(c -> in(figure.date.apply(c), month)).count();
    }

    private static boolean in(Instant at, YearMonth month) {
        return at != null && YearMonth.from(at.atZone(JAPAN)).equals(month);
    }
}
