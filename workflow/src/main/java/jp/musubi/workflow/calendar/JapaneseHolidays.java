package jp.musubi.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import one.cafebabe.businesscalendar4j.BusinessCalendar;
import one.cafebabe.businesscalendar4j.Japan;

/**
 * Japan's national holidays (国民の祝日, 振替休日, 国民の休日) as businessCalendar4j knows them, fed
 * only from the copy of the Cabinet Office's {@code syukujitsu.csv} bundled next to this class.
 *
 * <p>businessCalendar4j downloads that file from www8.cao.go.jp when its {@code Japan} class is
 * initialised, unless the system property {@code SYUKUJITSU_URL} names another location; it reads
 * the property exactly once, in that static initialiser, and reloads from the same location about
 * once a month. This class sets the property to the bundled resource in its own static initialiser,
 * which runs before any of its methods can touch the library. Nothing else in Musubi may use the
 * library's {@code Japan} holidays directly. {@link #bundled()} then checks that the library holds
 * exactly the bundled rows, so a library initialised elsewhere (from the network or from its own
 * older copy) stops the application instead of silently computing other due dates.
 *
 * <p>The bundled file must be extended each year when the Cabinet Office publishes the next year's
 * holidays (usually in February). After its last row the library falls back to its own algorithm
 * for the holidays fixed by law.
 */
public final class JapaneseHolidays {

    /** The property businessCalendar4j reads the holiday CSV location from. */
    static final String LOCATION_PROPERTY = "SYUKUJITSU_URL";

    /** Same format as the Cabinet Office file: Shift_JIS, header line, rows {@code 2026/1/1,元日}. */
    static final URL BUNDLED_CSV = JapaneseHolidays.class.getResource("syukujitsu.csv");

    private static final Charset CABINET_OFFICE_CHARSET = Charset.forName("Shift_JIS");
    private static final String LIBRARY_NAME_PREFIX = "japanese.";

    static {
        if (BUNDLED_CSV == null) {
            throw new IllegalStateException("syukujitsu.csv is missing next to " + JapaneseHolidays.class.getName());
        }
        // Set unconditionally: a location given on the command line could be the network one.
        System.setProperty(LOCATION_PROPERTY, BUNDLED_CSV.toExternalForm());
    }

    private final Function<LocalDate, String> publicHolidays;
    private final LocalDate officialDataFrom;
    private final LocalDate officialDataUntil;

    private JapaneseHolidays(Function<LocalDate, String> publicHolidays, LocalDate from, LocalDate until) {
        this.publicHolidays = publicHolidays;
        this.officialDataFrom = from;
        this.officialDataUntil = until;
    }

    /**
     * The holidays of the bundled CSV, through businessCalendar4j.
     *
     * @throws IllegalStateException if the library's data is not exactly the bundled CSV
     */
    public static JapaneseHolidays bundled() {
        NavigableMap<LocalDate, String> expected = readBundledCsv();
        // First touch of the library's Japan class: it loads from SYUKUJITSU_URL now.
        Function<LocalDate, String> library = BusinessCalendar.JAPAN.PUBLIC_HOLIDAYS;
        LocalDate from = Japan.getCabinetOfficialHolidayDataFirstDay();
        LocalDate until = Japan.getCabinetOfficialHolidayDataLastDay();
        if (!from.equals(expected.firstKey()) || !until.equals(expected.lastKey())) {
            throw new IllegalStateException("businessCalendar4j holds holidays " + from + ".." + until
                    + ", not the bundled " + expected.firstKey() + ".." + expected.lastKey()
                    + ": its Japan class was initialised before " + LOCATION_PROPERTY
                    + " was set, or could not read " + BUNDLED_CSV);
        }
        expected.forEach((date, name) -> {
            if (!(LIBRARY_NAME_PREFIX + name).equals(library.apply(date))) {
                throw new IllegalStateException("businessCalendar4j does not know the bundled holiday " + date + " " + name);
            }
        });
        return new JapaneseHolidays(library, from, until);
    }

    /** The holiday's name as the Cabinet Office writes it (振替休日 and 国民の休日 are both 「休日」). */
    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(publicHolidays.apply(date))
                .map(name -> name.startsWith(LIBRARY_NAME_PREFIX) ? name.substring(LIBRARY_NAME_PREFIX.length()) : name);
    }

    /** First day covered by the bundled Cabinet Office data. */
    public LocalDate officialDataFrom() {
        return officialDataFrom;
    }

    /** Last holiday of the bundled Cabinet Office data; later years follow the library's algorithm. */
    public LocalDate officialDataUntil() {
        return officialDataUntil;
    }

    private static NavigableMap<LocalDate, String> readBundledCsv() {
        try (InputStream in = BUNDLED_CSV.openStream()) {
            String[] lines = new String(in.readAllBytes(), CABINET_OFFICE_CHARSET).split("\r?\n");
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy/M/d");
            TreeMap<LocalDate, String> holidays = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] columns = lines[i].split(",");
                holidays.put(LocalDate.parse(columns[0], format), columns[1].trim());
            }
            if (holidays.isEmpty()) {
                throw new IllegalStateException("the bundled syukujitsu.csv has no holiday");
            }
            return holidays;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled syukujitsu.csv", e);
        }
    }
}
