package jp.musubi.workflow.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for the membership tests: unique login IDs and addresses, so tests share one database. */
final class MembershipFixtures {

    private MembershipFixtures() {
    }

    static MembershipApplication application(String prefix) {
        String unique = prefix + UUID.randomUUID().toString().substring(0, 8);
        return new MembershipApplication("株式会社テスト" + unique, OrganizationKind.COMPANY,
                new MemberProfile("ドローンによる河川点検を提供しています。", "河川・橋梁の点検。\n\n<script>alert(1)</script>夜間も対応。",
                        List.of("防災", "農業", "防災"), "宇都宮市", "https://example.jp/" + unique),
                "山田 太郎", unique + "@example.jp", "028-000-1234", unique);
    }

    static List<Map<String, Object>> mails(JdbcClient jdbc, String recipient) {
        return jdbc.sql("SELECT kind, subject, text_body FROM mail_outbox WHERE recipient = ? ORDER BY id")
                .param(recipient).query().listOfRows();
    }
}
