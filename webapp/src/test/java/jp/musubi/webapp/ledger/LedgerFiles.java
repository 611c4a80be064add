package jp.musubi.webapp.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ledger files a test imports (written here, never checked in) and the removal of what they imported. */
final class LedgerFiles {

    static final String NAME_PREFIX = "取込テスト会員";
    static final String HEADER = "会員名,種別,入会日,活用分野,メール配信,担当者1氏名,担当者1メール,担当者1電話,担当者2氏名,担当者2メール,担当者2電話";

    private LedgerFiles() {
    }

    /**
     * A ledger of {@code rows} members in the export's columns; {@code badLine} (file line, the header is
     * line 1), if positive, gets a mail address that cannot be delivered to.
     */
    static byte[] csv(String run, int rows, int badLine) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 1; i <= rows; i++) {
            int line = i + 1;
            String email = line == badLine ? "not-an-address" : "tanto" + i + "@" + run + ".example.jp";
            csv.append(NAME_PREFIX).append(run).append('-').append(i).append(',')
                    .append(i % 3 == 0 ? "大学" : "企業").append(',')
                    .append(LocalDate.of(2025, 4, 1).plusDays(i % 365)).append(',')
                    .append(i % 2 == 0 ? "\"防災、農業\"" : "製造").append(',')
                    .append(i % 5 == 0 ? "しない" : "する").append(',')
                    .append("担当 ").append(i).append(',').append(email).append(",028-000-").append(1000 + i % 9000);
            if (i % 10 == 0) {
                csv.append(",副担当 ").append(i).append(",sub").append(i).append('@').append(run).append(".example.jp,");
            } else {
                csv.append(",,,");
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static long imported(JdbcClient jdbc, String run) {
        return jdbc.sql("SELECT COUNT(*) FROM organization WHERE name LIKE ?").param(NAME_PREFIX + run + "-%")
                .query(Long.class).single();
    }

    /** Removes every organization a test imported (the shared demo registry stays as other tests expect). */
    static void removeImported(JdbcClient jdbc) {
        String keys = "SELECT org_key FROM organization WHERE name LIKE '" + NAME_PREFIX + "%'";
        jdbc.sql("DELETE FROM ledger_change WHERE organization_key IN (" + keys + ")").update();
        jdbc.sql("DELETE FROM ledger_member WHERE organization_key IN (" + keys + ")").update();
        jdbc.sql("DELETE FROM organization WHERE name LIKE '" + NAME_PREFIX + "%'").update();
    }
}
