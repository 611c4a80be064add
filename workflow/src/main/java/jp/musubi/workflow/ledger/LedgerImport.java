package jp.musubi.workflow.ledger;

import static jp.musubi.workflow.ledger.LedgerTexts.TEXTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.membership.RegisteredOrganization;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of an earlier ledger (CSV in UTF-8, or XLSX; the columns of the export): first a preview that
 * checks every row and names each refused one in Japanese, then — only when no row is refused — all
 * rows in one transaction, or none. The preview hands the checked table back to the page as CSV text,
 * and the import checks it again, so nothing is kept between the two steps.
 */
@Service
class LedgerImport {

    private static final Pattern CONTACT_COLUMN = Pattern.compile(TEXTS.get("ledger.col.contactPattern"));
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern PHONE = Pattern.compile("[0-9０-９+()\\- ]+");
    private static final List<DateTimeFormatter> DAYS = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"));
    /** Paths of the ledger's own pages below /admin/members, which a 会員番号 must not take. */
    private static final Set<String> RESERVED_KEYS = Set.of("import", "export");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Organizations organizations;
    private final LedgerStore store;
    private final AuditLog audit;
    private final LedgerProperties properties;
    private final Clock clock;

    LedgerImport(Organizations organizations, LedgerStore store, AuditLog audit, LedgerProperties properties, Clock clock) {
        this.organizations = organizations;
        this.store = store;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A row that passed every check. */
    record ImportRow(int line, String key, String name, OrganizationKind kind, LocalDate joinedOn, LocalDate withdrawnOn,
                     List<String> fields, boolean newsletterOptIn, List<OrganizationContact> contacts) {
    }

    record RowError(int line, String message) {
        public String text() {
            return TEXTS.get("ledger.import.rowError", line, message);
        }
    }

    /**
     * @param fileError what makes the whole file unusable (its kind, size, encoding, columns), or null
     * @param payload   the table as CSV text, for the import step; null when nothing may be imported
     */
    record Preview(String fileName, List<ImportRow> rows, List<RowError> errors, String fileError, String payload) {

        public boolean acceptable() {
            return fileError == null && errors.isEmpty() && !rows.isEmpty();
        }

        public List<String> messages() {
            return fileError != null ? List.of(fileError) : errors.stream().map(RowError::text).toList();
        }
    }

    /** Refused at the import step: the preview says why; nothing was stored. */
    static class ImportRefused extends RuntimeException {
        private final Preview preview;

        ImportRefused(Preview preview) {
            super(String.join(" ", preview.messages()));
            this.preview = preview;
        }

        Preview preview() {
            return preview;
        }
    }

    @Transactional(readOnly = true)
    Preview preview(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName;
        if (bytes == null || bytes.length == 0) {
            return failed(name, TEXTS.get("ledger.import.noFile"));
        }
        if (bytes.length > properties.maxImportSize().toBytes()) {
            return failed(name, TEXTS.get("ledger.import.tooLarge", properties.maxImportSize().toMegabytes()));
        }
        List<List<String>> table;
        try {
            table = isZip(bytes) ? xlsxTable(bytes) : csvTable(bytes);
        } catch (InputRefused refused) {
            return failed(name, refused.getMessage());
        }
        return check(name, table);
    }

    /** The import step: checks the previewed table again and, if no row is refused, stores every row. */
    @Transactional
    int commit(String fileName, String payload, String user) {
        Preview preview;
        try {
            preview = check(fileName, csvTable(payload == null ? new byte[0] : payload.getBytes(StandardCharsets.UTF_8)));
        } catch (InputRefused refused) {
            preview = failed(fileName, refused.getMessage());
        }
        if (!preview.acceptable()) {
            throw new ImportRefused(preview);
        }
        Set<String> keys = new HashSet<>();
        organizations.registry().forEach(r -> keys.add(r.organization().key()));
        Instant now = clock.instant();
        for (ImportRow row : preview.rows()) {
            String key = row.key() != null ? row.key() : newKey(keys);
            keys.add(key);
            Instant withdrawnAt = row.withdrawnOn() == null ? null
                    : row.withdrawnOn().atStartOfDay(JapaneseTimes.ZONE).toInstant();
            organizations.registerFromLedger(key, row.name(), row.kind(), row.joinedOn(), row.newsletterOptIn(),
                    row.contacts(), withdrawnAt);
            store.insert(key, row.fields().isEmpty() ? null : String.join("\n", row.fields()), now);
            store.change(key, user, TEXTS.get("ledger.change.imported", fileName, row.line()), now);
        }
        audit.record(user, AuditAction.IMPORT, "ledger", TEXTS.get("ledger.import.audit", fileName, preview.rows().size()));
        return preview.rows().size();
    }

    private static String newKey(Set<String> taken) {
        String key;
        do {
            key = "ledger-" + HexFormat.of().formatHex(randomBytes());
        } while (taken.contains(key));
        return key;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Preview failed(String fileName, String message) {
        return new Preview(fileName, List.of(), List.of(), message, null);
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Rows of cells; row i is line i + 1 of the file (empty lines kept as empty rows, so the numbers hold). */
    private static List<List<String>> csvTable(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InputRefused.general(TEXTS.get("ledger.import.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw InputRefused.general(TEXTS.get("ledger.import.notCsv"));
        }
        int unclosed = unclosedQuoteLine(text);
        if (unclosed > 0) {
            // The parser would take the rest of the file as one cell; say where the quote was opened instead.
            throw InputRefused.general(TEXTS.get("ledger.import.brokenCsv", unclosed));
        }
        List<List<String>> table = new ArrayList<>();
        CSVFormat format = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                table.add(record.stream().map(LedgerColumns::unsafeCell).toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw InputRefused.general(TEXTS.get("ledger.import.brokenCsv", table.size() + 1));
        }
        return table;
    }

    /** The line where a quoted cell opens and never closes (quotes pair up in valid CSV, "" included), or 0. */
    static int unclosedQuoteLine(String text) {
        boolean quoted = false;
        int line = 1;
        int openedOn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                openedOn = quoted ? line : openedOn;
            } else if (c == '\n') {
                line++;
            }
        }
        return quoted ? openedOn : 0;
    }

    private static List<List<String>> xlsxTable(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw InputRefused.general(TEXTS.get("ledger.import.brokenXlsx"));
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
                        cells.add(cellText(row.getCell(c), formatter, evaluator));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (InputRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw InputRefused.general(TEXTS.get("ledger.import.brokenXlsx"));
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    private Preview check(String fileName, List<List<String>> table) {
        while (!table.isEmpty() && blank(table.get(table.size() - 1))) {
            table = table.subList(0, table.size() - 1);
        }
        if (table.isEmpty()) {
            return failed(fileName, TEXTS.get("ledger.import.noRows"));
        }
        List<String> header = table.get(0).stream().map(String::strip).toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<Integer, Integer> contactGroups = new java.util.TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                continue;
            }
            if (columns.put(column, i) != null) {
                return failed(fileName, TEXTS.get("ledger.import.duplicateColumn", column));
            }
            Matcher contact = CONTACT_COLUMN.matcher(column);
            if (contact.matches()) {
                contactGroups.put(Integer.parseInt(contact.group(1)), 0);
            } else if (!LedgerColumns.BASE.contains(column)) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            return failed(fileName, TEXTS.get("ledger.import.unknownColumns", String.join("、", unknown), String.join("、", LedgerColumns.BASE)));
        }
        List<String> missing = List.of(LedgerColumns.NAME, LedgerColumns.KIND, LedgerColumns.JOINED).stream()
                .filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            return failed(fileName, TEXTS.get("ledger.import.missingColumns", String.join("、", missing)));
        }
        int dataRows = (int) table.stream().skip(1).filter(r -> !blank(r)).count();
        if (dataRows == 0) {
            return failed(fileName, TEXTS.get("ledger.import.noRows"));
        }
        if (dataRows > properties.maxImportRows()) {
            return failed(fileName, TEXTS.get("ledger.import.tooManyRows", dataRows, properties.maxImportRows()));
        }

        Map<String, RegisteredOrganization> byKey = new HashMap<>();
        Map<String, RegisteredOrganization> byName = new HashMap<>();
        for (RegisteredOrganization r : organizations.registry()) {
            byKey.put(r.organization().key(), r);
            byName.put(r.organization().name(), r);
        }
        Map<String, Integer> keysInFile = new HashMap<>();
        Map<String, Integer> namesInFile = new HashMap<>();
        LocalDate today = JapaneseTimes.today(clock);
        List<ImportRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (blank(cells)) {
                continue;
            }
            int line = r + 1;
            List<String> problems = new ArrayList<>();
            InputChecks checks = new InputChecks();
            String key = InputChecks.clean(cell(cells, columns, LedgerColumns.KEY));
            if (key != null) {
                if (!KEY.matcher(key).matches()) {
                    problems.add(TEXTS.get("ledger.import.badKey", key));
                } else if (RESERVED_KEYS.contains(key)) {
                    problems.add(TEXTS.get("ledger.import.reservedKey", key));
                } else if (byKey.containsKey(key)) {
                    problems.add(TEXTS.get("ledger.import.keyExists", key));
                } else if (keysInFile.containsKey(key)) {
                    problems.add(TEXTS.get("ledger.import.keyTwice", key, keysInFile.get(key)));
                } else {
                    keysInFile.put(key, line);
                }
            }
            String name = checks.required("name", LedgerColumns.NAME, cell(cells, columns, LedgerColumns.NAME), 200);
            if (name != null) {
                if (byName.containsKey(name)) {
                    problems.add(TEXTS.get("ledger.import.nameExists", name, byName.get(name).organization().key()));
                } else if (namesInFile.containsKey(name)) {
                    problems.add(TEXTS.get("ledger.import.nameTwice", name, namesInFile.get(name)));
                } else {
                    namesInFile.put(name, line);
                }
            }
            String kindText = InputChecks.clean(cell(cells, columns, LedgerColumns.KIND));
            OrganizationKind kind = kindText == null ? null : LedgerColumns.kind(kindText);
            if (kind == null) {
                problems.add(TEXTS.get("ledger.import.badKind", kindText == null ? "" : kindText, LedgerColumns.kindLabels()));
            }
            LocalDate joinedOn = day(cell(cells, columns, LedgerColumns.JOINED), LedgerColumns.JOINED, true, problems);
            if (joinedOn != null && joinedOn.isAfter(today)) {
                problems.add(TEXTS.get("ledger.import.futureDate", LedgerColumns.JOINED));
            }
            String status = InputChecks.clean(cell(cells, columns, LedgerColumns.STATUS));
            boolean withdrawn = TEXTS.get("ledger.status.withdrawn").equals(status);
            if (status != null && !withdrawn && !TEXTS.get("ledger.status.active").equals(status)) {
                problems.add(TEXTS.get("ledger.import.badStatus", status));
            }
            LocalDate withdrawnOn = day(cell(cells, columns, LedgerColumns.WITHDRAWN), LedgerColumns.WITHDRAWN, false, problems);
            if (withdrawn && withdrawnOn == null && problems.stream().noneMatch(p -> p.contains(LedgerColumns.WITHDRAWN))) {
                problems.add(TEXTS.get("ledger.import.withdrawnNeedsDate"));
            }
            if (!withdrawn && withdrawnOn != null) {
                problems.add(TEXTS.get("ledger.import.dateWithoutWithdrawal"));
            }
            if (withdrawnOn != null && joinedOn != null && withdrawnOn.isBefore(joinedOn)) {
                problems.add(TEXTS.get("ledger.import.withdrawnBeforeJoined"));
            }
            List<String> fields = fields(cell(cells, columns, LedgerColumns.FIELDS), problems);
            Boolean optIn = newsletter(cell(cells, columns, LedgerColumns.NEWSLETTER), problems);
            List<OrganizationContact> contacts = new ArrayList<>();
            for (int n : contactGroups.keySet()) {
                String person = InputChecks.clean(cell(cells, columns, LedgerColumns.contactName(n)));
                String email = InputChecks.clean(cell(cells, columns, LedgerColumns.contactEmail(n)));
                String phone = InputChecks.clean(cell(cells, columns, LedgerColumns.contactPhone(n)));
                if (person == null && email == null && phone == null) {
                    continue;
                }
                InputChecks contactChecks = new InputChecks();
                String checkedName = contactChecks.required("name", LedgerColumns.contactName(n), person, LedgerEdits.MAX_NAME);
                String checkedEmail = contactChecks.email("email", email);
                contactChecks.optional("phone", LedgerColumns.contactPhone(n), phone, LedgerEdits.MAX_PHONE);
                contactChecks.errors().forEach((field, message) -> problems.add(
                        "email".equals(field) ? TEXTS.get("ledger.import.contactEmail", n, message) : message));
                if (phone != null && !PHONE.matcher(phone).matches()) {
                    problems.add(TEXTS.get("ledger.import.badPhone", LedgerColumns.contactPhone(n)));
                }
                contacts.add(new OrganizationContact(checkedName, checkedEmail, phone));
            }
            if (withdrawn && !contacts.isEmpty()) {
                problems.add(TEXTS.get("ledger.import.withdrawnWithContacts"));
            }
            if (!withdrawn && contacts.isEmpty()) {
                problems.add(TEXTS.get("ledger.import.noContact"));
            }
            List<String> all = new ArrayList<>(checks.errors().values());
            all.addAll(problems);
            if (all.isEmpty()) {
                rows.add(new ImportRow(line, key, name, kind, joinedOn, withdrawn ? withdrawnOn : null, fields,
                        optIn == null || optIn, contacts));
            } else {
                errors.add(new RowError(line, String.join(" ", all)));
            }
        }
        return new Preview(fileName, rows, errors, null, errors.isEmpty() ? payload(table) : null);
    }

    private static String payload(List<List<String>> table) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.EXCEL)) {
            for (List<String> row : table) {
                printer.printRecord(row.stream().map(LedgerColumns::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= cells.size() ? null : cells.get(index);
    }

    private static LocalDate day(String text, String column, boolean required, List<String> problems) {
        String cleaned = InputChecks.clean(text);
        if (cleaned == null) {
            if (required) {
                problems.add(TEXTS.get("ledger.import.dateRequired", column));
            }
            return null;
        }
        for (DateTimeFormatter format : DAYS) {
            try {
                return LocalDate.parse(cleaned, format);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        problems.add(TEXTS.get("ledger.import.badDate", column, cleaned));
        return null;
    }

    private static List<String> fields(String text, List<String> problems) {
        String cleaned = InputChecks.clean(text);
        if (cleaned == null) {
            return List.of();
        }
        List<String> fields = java.util.Arrays.stream(cleaned.split("[、,，\\n]")).map(String::strip)
                .filter(f -> !f.isEmpty()).distinct().toList();
        if (fields.size() > 10 || fields.stream().anyMatch(f -> f.length() > 40)) {
            problems.add(TEXTS.get("ledger.import.badFields"));
        }
        return fields;
    }

    private static Boolean newsletter(String text, List<String> problems) {
        String cleaned = InputChecks.clean(text);
        if (cleaned == null) {
            return null;
        }
        if (List.of(TEXTS.get("ledger.newsletter.yes"), "はい", "1", "true", "TRUE").contains(cleaned)) {
            return true;
        }
        if (List.of(TEXTS.get("ledger.newsletter.no"), "いいえ", "0", "false", "FALSE").contains(cleaned)) {
            return false;
        }
        problems.add(TEXTS.get("ledger.import.badNewsletter", cleaned));
        return null;
    }
}
