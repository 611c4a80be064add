package jp.musubi.cms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The documents are read back with the libraries that read them: PDFBox and POI. */
class DocumentsTest {

    static final PdfDocuments PDF = new PdfDocuments();

    @Test
    void pdfCarriesJapaneseTextInTheEmbeddedFont() throws Exception {
        String xhtml = "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\"/><style>" + PdfDocuments.BASE_CSS
                + "</style></head><body><h1>実績報告書</h1><p>令和8年度（2026年度）の活動目標と実績 &amp; 内訳</p><p>新規会員登録数（企業・団体数）、月次</p></body></html>";
        byte[] pdf = PDF.render(xhtml, null);
        // Subset fonts and maps of the glyphs used only: a page of text stays a few KB (the whole font is 5 MB).
        assertThat(pdf.length).isLessThan(30_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("実績報告書").contains("令和8年度（2026年度）の活動目標と実績 & 内訳")
                    // Glyphs shared with radicals and punctuation read as the Japanese characters.
                    .contains("新規会員登録数（企業・団体数）、月次");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("NotoSansJP");
            });
        }
    }

    @Test
    void malformedMarkupIsRefusedWithAReason() {
        assertThatThrownBy(() -> PDF.render("<html><body><p>閉じていない</body></html>", null))
                .isInstanceOf(DocumentException.class);
    }

    @Test
    void workbookReadsBackWithTypedCells() throws Exception {
        byte[] xlsx = new Workbooks().xlsx(List.of(new Workbooks.SheetData("目標と実績", List.of("指標", "目標", "実績", "達成日"),
                List.of(List.of("新規会員登録数", 120, 45, LocalDate.of(2026, 11, 30)),
                        java.util.Arrays.asList("会員向けメール配信", 16, 3, null)))));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("目標と実績");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指標");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("新規会員登録数");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(120.0);
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(3.0);
        }
    }
}
