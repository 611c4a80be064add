package jp.musubi.workflow.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The ledger as CSV (UTF-8 with BOM, so Excel opens it as such; CRLF) and as XLSX. */
final class LedgerExports {

    static final String SHEET = LedgerTexts.TEXTS.get("ledger.title");

    private LedgerExports() {
    }

    static byte[] csv(List<LedgerEntry> entries, boolean withContacts) {
        List<String> header = LedgerColumns.header(entries, withContacts);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(header);
            for (LedgerEntry entry : entries) {
                printer.printRecord(LedgerColumns.cells(entry, header.size()).stream().map(LedgerColumns::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<LedgerEntry> entries, boolean withContacts) {
        List<String> header = LedgerColumns.header(entries, withContacts);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (LedgerEntry entry : entries) {
                Row row = sheet.createRow(r++);
                List<String> cells = LedgerColumns.cells(entry, header.size());
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = row.createCell(i);
                    LocalDate day = i == 4 ? entry.joinedOn() : i == 5 ? entry.withdrawnOn() : null;
                    if (day != null) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        // A string cell is never run as a formula, so no apostrophe is needed here.
                        cell.setCellValue(cells.get(i));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < header.size(); i++) {
                sheet.setColumnWidth(i, 20 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
