package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.mail.address.EmailAddressPolicy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A file of other organizations to survey (CSV in UTF-8 or XLSX; header 組織名, メールアドレス and optionally
 * 担当者名), read as the member ledger's import reads its files: every row is checked and each refused one
 * named by its line in Japanese. The caller stores nothing unless no row is refused.
 */
final class TargetFile {

    static final String SOURCE = "IMPORT";

    /** The file or some of its rows were refused; the messages say which and why, in Japanese. */
    static final class Refused extends RuntimeException {
        private final List<String> messages;

        Refused(List<String> messages) {
            super(String.join(" ", messages));
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }

    private TargetFile() {
    }

    /** @throws Refused when the file is unusable or any row is wrong */
    static List<SurveyStore.NewTarget> read(byte[] bytes, SurveyProperties properties) {
        if (bytes == null || bytes.length == 0) {
            throw refused(TEXTS.get("survey.import.empty"));
        }
        if (bytes.length > properties.maxImportSize().toBytes()) {
            throw refused(TEXTS.get("survey.import.tooLarge", properties.maxImportSize().toMegabytes()));
        }
        List<List<String>> table = isZip(bytes) ? xlsx(bytes) : csv(bytes);
        while (!table.isEmpty() && blank(table.get(table.size() - 1))) {
            table = table.subList(0, table.size() - 1);
        }
        if (table.size() < 2) {
            throw refused(TEXTS.get("survey.import.noRows"));
        }
        if (table.size() - 1 > properties.maxImportRows()) {
            throw refused(TEXTS.get("survey.import.tooManyRows", properties.maxImportRows()));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = table.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        String organizationColumn = TEXTS.get("survey.import.col.organization");
        String mailColumn = TEXTS.get("survey.import.col.mail");
        String nameColumn = TEXTS.get("survey.import.col.name");
        if (!columns.containsKey(organizationColumn) || !columns.containsKey(mailColumn)) {
            throw refused(TEXTS.get("survey.import.columns", organizationColumn, mailColumn));
        }
        List<String> errors = new ArrayList<>();
        List<SurveyStore.NewTarget> rows = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (blank(cells)) {
                continue;
            }
            int line = r + 1;
            String organization = InputChecks.clean(cell(cells, columns.get(organizationColumn)));
            String mail = InputChecks.clean(cell(cells, columns.get(mailColumn)));
            String name = InputChecks.clean(cell(cells, columns.get(nameColumn)));
            List<String> problems = new ArrayList<>();
            if (organization == null) {
                problems.add(TEXTS.get("survey.import.row.organizationMissing"));
            } else if (organization.codePointCount(0, organization.length()) > 200) {
                problems.add(TEXTS.get("survey.import.row.organizationLong"));
            }
            if (mail == null) {
                problems.add(TEXTS.get("survey.import.row.mailMissing"));
            } else {
                EmailAddressPolicy.check(mail).ifPresent(problem -> problems.add(problem.message()));
            }
            if (name != null && name.codePointCount(0, name.length()) > 100) {
                problems.add(TEXTS.get("survey.import.row.nameLong"));
            }
            if (problems.isEmpty()) {
                rows.add(new SurveyStore.NewTarget(organization, name, mail, SOURCE));
            } else {
                errors.add(TEXTS.get("survey.import.rowError", line, String.join(TEXTS.get("survey.import.separator"), problems)));
            }
        }
        if (!errors.isEmpty()) {
            List<String> messages = new ArrayList<>();
            messages.add(TEXTS.get("survey.import.refused", errors.size()));
            messages.addAll(errors);
            throw new Refused(messages);
        }
        return rows;
    }

    private static Refused refused(String message) {
        return new Refused(List.of(message));
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() ? null : cells.get(column);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(TEXTS.get("survey.import.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw refused(TEXTS.get("survey.import.notCsv"));
        }
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                table.add(record.stream().toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused(TEXTS.get("survey.import.brokenCsv", table.size() + 1));
        }
        return table;
    }

    private static List<List<String>> xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw refused(TEXTS.get("survey.import.brokenXlsx"));
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c), evaluator));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (Refused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw refused(TEXTS.get("survey.import.brokenXlsx"));
        }
    }
}
