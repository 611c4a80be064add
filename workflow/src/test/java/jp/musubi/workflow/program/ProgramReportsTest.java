package jp.musubi.workflow.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;

import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reports as a reader gets them: the PDF's text (font embedded) through PDFBox, the XLSX through POI. */
@WorkflowSpringBootTest
class ProgramReportsTest {

    @Autowired
    ProgramReports reports;
    @Autowired
    ProgramTargets targets;

    @Test
    void monthlyReportPdfHasTheJapaneseHeadingsInAnEmbeddedFont() throws Exception {
        ProgramReport report = reports.monthly(YearMonth.of(2026, 11));
        assertThat(report.periodLabel()).isEqualTo("2026年11月分");
        byte[] pdf = reports.pdf(report);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("月次報告書", "令和8年度（2026年度）", "活動目標と実績", "期間中の実績の内訳",
                    "新規会員登録数（企業・団体数、県・市町を除く）", "集計できるデータがまだない目標", "会員満足度調査の回答数", "ウェブサイトのアクセス状況");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("NotoSansJP");
        }
    }

    @Test
    void finalAndInterimReportsAsWorkbooks() throws Exception {
        byte[] xlsx = reports.xlsx(reports.yearEnd());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("目標と実績");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指標");
            // Every configured target is a row, the unavailable one with no value.
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("新規会員登録数（企業・団体数、県・市町を除く）");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("会員満足度調査の回答数");
            assertThat(sheet.getRow(6).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(workbook.getSheet("内訳").getRow(0).getCell(2).getStringCellValue()).isEqualTo("件名");
        }
        ProgramReport interim = reports.interim(LocalDate.of(2026, 12, 21));
        assertThat(interim.title()).isEqualTo("中間報告書");
        assertThat(interim.periodLabel()).isEqualTo("2026年12月21日時点");
    }

    @Test
    void unavailableIndicatorsAreListedNotZero() {
        assertThat(targets.now()).filteredOn(t -> !t.available()).singleElement()
                .satisfies(t -> {
                    assertThat(t.pace()).isEqualTo(TargetProgress.Pace.UNAVAILABLE);
                    assertThat(t.figure()).isEqualTo("集計できるデータがまだありません");
                });
    }
}
