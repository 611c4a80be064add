package jp.musubi.cms.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** XLSX workbooks from rows of values: text, numbers and dates as Excel cells, a bold header row, frozen. */
@Component
public class Workbooks {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One sheet: its name (at most 31 characters), the header and the rows (String, Number, LocalDate, Boolean or null). */
    public record SheetData(String name, List<String> header, List<List<Object>> rows) {
    }

    public byte[] xlsx(List<SheetData> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(safeName(data.name()));
                Row header = sheet.createRow(0);
                for (int i = 0; i < data.header().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(data.header().get(i));
                    cell.setCellStyle(headerStyle);
                }
                int r = 1;
                for (List<Object> values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        set(row.createCell(i), values.get(i), dateStyle);
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < data.header().size(); i++) {
                    // Width by characters (CJK counted double) rather than autoSizeColumn, which needs AWT fonts.
                    int longest = data.header().get(i).length() * 2;
                    for (List<Object> values : data.rows()) {
                        if (i < values.size() && values.get(i) != null) {
                            longest = Math.max(longest, displayWidth(values.get(i).toString()));
                        }
                    }
                    sheet.setColumnWidth(i, Math.min(255, Math.max(8, longest + 2)) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentException("The workbook could not be written: " + e.getMessage(), e);
        }
    }

    private static void set(Cell cell, Object value, CellStyle dateStyle) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
    }

    private static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
