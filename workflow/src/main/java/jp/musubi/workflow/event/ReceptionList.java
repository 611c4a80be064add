package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 受付名簿: an event's applications (accepted first by seat, then the waiting list in order, then the
 * cancelled), as CSV (UTF-8 with BOM, CRLF, Excel's dialect) and XLSX. A cell that a spreadsheet would run
 * as a formula gets a leading apostrophe in the CSV; XLSX string cells never run.
 */
final class ReceptionList {

    private ReceptionList() {
    }

    static List<String> header(EventSettings settings) {
        List<String> header = new ArrayList<>(List.of(TEXTS.get("event.list.code"), TEXTS.get("event.list.status"),
                TEXTS.get("event.field.name"), TEXTS.get("event.field.organization"), TEXTS.get("event.field.email")));
        if (settings.askPhone()) {
            header.add(TEXTS.get("event.field.phone"));
        }
        if (settings.askAttendanceMode()) {
            header.add(TEXTS.get("event.field.attendanceMode"));
        }
        if (settings.askMembership()) {
            header.add(TEXTS.get("event.field.membership"));
        }
        if (settings.askStudent()) {
            header.add(TEXTS.get("event.field.student"));
        }
        header.addAll(settings.questions());
        header.add(TEXTS.get("event.list.appliedAt"));
        header.add(TEXTS.get("event.list.checkedInAt"));
        return header;
    }

    static List<String> cells(EventSettings settings, EventApplication a) {
        List<String> cells = new ArrayList<>(List.of(a.displayCode(), TEXTS.get(EventTexts.STATUS + a.status().name()),
                a.name(), a.organization(), a.email()));
        if (settings.askPhone()) {
            cells.add(nullToEmpty(a.phone()));
        }
        if (settings.askAttendanceMode()) {
            cells.add(a.attendanceMode() == null ? "" : TEXTS.get(EventTexts.MODE + a.attendanceMode()));
        }
        if (settings.askMembership()) {
            cells.add(a.membership() == null ? "" : TEXTS.get(EventTexts.YES_NO + a.membership()));
        }
        if (settings.askStudent()) {
            cells.add(a.student() == null ? "" : TEXTS.get(EventTexts.YES_NO + a.student()));
        }
        for (int i = 0; i < settings.questions().size(); i++) {
            int number = i + 1;
            cells.add(a.answers().stream().filter(x -> x.number() == number).map(EventApplication.Answer::answer)
                    .map(ReceptionList::nullToEmpty).findFirst().orElse(""));
        }
        cells.add(JapaneseTimes.dateTime(a.appliedAt()));
        cells.add(a.checkedInAt() == null ? "" : JapaneseTimes.dateTime(a.checkedInAt()));
        return cells;
    }

    static byte[] csv(EventSettings settings, List<EventApplication> applications) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(header(settings));
            for (EventApplication a : applications) {
                printer.printRecord(cells(settings, a).stream().map(ReceptionList::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(String sheetName, EventSettings settings, List<EventApplication> applications) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(TEXTS.get("event.list.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(sheetName);
            title.getCell(0).setCellStyle(bold);
            List<String> header = header(settings);
            Row head = sheet.createRow(1);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 2;
            for (EventApplication a : applications) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(settings, a);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, 2);
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV injection: a cell a spreadsheet would run as a formula is kept as text. */
    static String safeCell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
