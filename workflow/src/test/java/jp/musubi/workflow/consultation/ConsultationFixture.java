package jp.musubi.workflow.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Three member companies of paper-form digitalisation, each with a published profile, a published seed and
 * a contact in the member registry: what a consultation about 紙の申請書 finds. Keys are unique per call,
 * because the Spring context (and its database) is shared by the module's tests. A plain class: tests create it.
 */

public class ConsultationFixture {

    private static final AtomicInteger RUN = new AtomicInteger();

    private final ContentService content;
    private final PublicationService publication;
    private final JdbcClient jdbc;

    public ConsultationFixture(ContentService content, PublicationService publication, JdbcClient jdbc) {
        this.content = content;
        this.publication = publication;
        this.jdbc = jdbc;
    }

    /**
     * The three organizations' keys: OCR, forms and scanning; {@code marker} is a word only this call's items
     * carry, for a consultation to name so that it finds them rather than those of earlier tests.
     */
    public record Companies(String ocr, String forms, String scan, String marker) {
        public List<String> all() {
            return List.of(ocr, forms, scan);
        }
    }

    public Companies companies() {
        String run = "cs" + System.nanoTime() % 100000 + "-" + RUN.incrementAndGet();
        String marker = letters(System.nanoTime() + RUN.get());
        String ocr = member(run + "-ocr", "株式会社読取テック" + run, "AI-OCRで手書きの申請書を読み取り、転記作業を減らします。",
                "AI-OCRによる申請書の転記作業の削減", marker + " 手書きの申請書をAI-OCRで読み取り、基幹システムへの転記作業と入力誤りを減らします。",
                List.of("AI-OCR", "申請書", "転記"));
        String forms = member(run + "-forms", "株式会社電子申請工房" + run, "紙の申請書を電子申請に置き換えるお手伝いをします。",
                "紙の申請書を電子申請フォームに", marker + " 紙の申請書と窓口の受付を電子申請フォームに置き換え、転記をなくします。",
                List.of("電子申請", "申請書", "ペーパーレス"));
        String scan = member(run + "-scan", "株式会社紙資料デジタル" + run, "紙の書類のスキャンとデータ化を請け負います。",
                "紙の書類のスキャン代行とデータ化", marker + " 紙の申請書や台帳をスキャンし、検索できるデータにします。",
                List.of("スキャン", "申請書", "ペーパーレス"));
        return new Companies(ocr, forms, scan, marker);
    }

    /** Letters only: the analyzer keeps a run of latin letters as one word (digits it drops). */
    private static String letters(long value) {
        StringBuilder word = new StringBuilder("mk");
        for (long v = Math.abs(value); v > 0; v /= 26) {
            word.append((char) ('a' + v % 26));
        }
        return word.toString();
    }

    public void withdraw(String key) {
        jdbc.sql("UPDATE organization SET status = 'WITHDRAWN' WHERE org_key = ?").param(key).update();
    }

    public static String mailOf(String key) {
        return "contact@" + key + ".example.jp";
    }

    private String member(String key, String name, String profileSummary, String seedTitle, String seedSummary,
                          List<String> tags) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organization (org_key, name, kind, status, joined_on, newsletter_opt_in, created_at)
                VALUES (?, ?, 'COMPANY', 'ACTIVE', DATE '2026-05-01', FALSE, ?)""")
                .params(key, name, Timestamp.from(Instant.now())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        jdbc.sql("INSERT INTO organization_contact (organization_id, person_name, email, phone) VALUES (?, ?, ?, ?)")
                .params(id, "担当 太郎", mailOf(key), "028-000-0000").update();
        content.create("members", key, Map.of("title", name, "kind", "company", "summary", profileSummary), null, "fixture");
        publication.publish("members", key, null, "fixture");
        content.create("seeds", key + "-seed", Map.of("title", seedTitle, "member", key, "summary", seedSummary,
                "body", "<p>" + seedSummary + "</p>", "tags", tags), null, "fixture");
        publication.publish("seeds", key + "-seed", null, "fixture");
        return key;
    }
}
