package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * 月次相談報告 as XLSX: the figures of the fiscal year by month, then one sheet per figure with the
 * consultations behind it (organization and topic only, no personal contact).
 */
@Component
class ConsultationReport {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final ConsultationFigures figures;

    ConsultationReport(ConsultationFigures figures) {
        this.figures = figures;
    }

    byte[] xlsx(int fiscalYear) {
        List<ConsultationFigures.MonthFigures> months = figures.fiscalYear(fiscalYear);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = workbook.createSheet(TEXTS.get("consultation.report.sheet.summary"));
            Row head = summary.createRow(0);
            head.createCell(0).setCellValue(TEXTS.get("consultation.report.month"));
            ConsultationFigures.Figure[] all = ConsultationFigures.Figure.values();
            for (int f = 0; f < all.length; f++) {
                head.createCell(f + 1).setCellValue(ConsultationTexts.option("consultation.figure", all[f].name()));
            }
            int r = 1;
            long[] totals = new long[all.length];
            for (ConsultationFigures.MonthFigures month : months) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(monthLabel(month.month()));
                for (int f = 0; f < all.length; f++) {
                    row.createCell(f + 1).setCellValue(month.get(all[f]));
                    totals[f] += month.get(all[f]);
                }
            }
            Row total = summary.createRow(r);
            total.createCell(0).setCellValue(TEXTS.get("consultation.report.total"));
            for (int f = 0; f < all.length; f++) {
                total.createCell(f + 1).setCellValue(totals[f]);
            }
            for (ConsultationFigures.Figure figure : all) {
                Sheet sheet = workbook.createSheet(ConsultationTexts.option("consultation.figure", figure.name()));
                Row h = sheet.createRow(0);
                String[] columns = {"consultation.report.month", "consultation.report.id", "consultation.report.organization",
                        "consultation.report.topic", "consultation.report.date", "consultation.report.status"};
                for (int c = 0; c < columns.length; c++) {
                    h.createCell(c).setCellValue(TEXTS.get(columns[c]));
                }
                int line = 1;
                for (ConsultationFigures.MonthFigures month : months) {
                    for (ConsultationFigures.Line l : figures.lines(month.month(), figure)) {
                        Row row = sheet.createRow(line++);
                        row.createCell(0).setCellValue(monthLabel(month.month()));
                        row.createCell(1).setCellValue(l.id());
                        row.createCell(2).setCellValue(l.organization());
                        row.createCell(3).setCellValue(l.topic());
                        row.createCell(4).setCellValue(JapaneseTimes.dateWithWeekday(l.at().atZone(JAPAN).toLocalDate()));
                        row.createCell(5).setCellValue(ConsultationTexts.option("consultation.status", l.status()));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String monthLabel(YearMonth month) {
        return TEXTS.get("consultation.report.monthLabel", String.valueOf(month.getYear()), month.getMonthValue());
    }
}
