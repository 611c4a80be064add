package jp.musubi.webapp.exhibition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.Organizations;

/** Published exhibition events and member organizations with an account, for the exhibition tests. */
final class ExhibitionFixture {

    private final ContentService content;
    private final PublicationService publication;
    private final Organizations organizations;
    private final AccountService accounts;

    ExhibitionFixture(ContentService content, PublicationService publication, Organizations organizations,
                      AccountService accounts) {
        this.content = content;
        this.publication = publication;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** A published event of type exhibition (or another type), starting at {@code startAt}. */
    String event(String title, String eventType, LocalDateTime startAt) {
        String name = "zz-exhibition-" + unique();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("eventType", eventType);
        properties.put("industry", "construction");
        properties.put("startAt", startAt.withSecond(0).withNano(0).toString());
        properties.put("venue", "熊本城ホール（熊本市中央区桜町3-40）");
        properties.put("body", "<p>建設業の皆さまに向けたデジタル技術の展示会です。</p>");
        content.create("events", name, properties, null, "editor");
        publication.publish("events", name, null, "pref");
        return name;
    }

    String exhibition(String title) {
        return event(title, "exhibition", LocalDateTime.now().plusDays(40).withHour(10).withMinute(0));
    }

    /** A member organization with a private contact and a MEMBER account acting for it; returns the account name. */
    String member(String organizationName, String contactMail) {
        String suffix = unique();
        String key = "zz-org-" + suffix;
        organizations.registerFromLedger(key, organizationName, OrganizationKind.COMPANY, LocalDate.now().minusDays(30), false,
                List.of(new OrganizationContact("出展 担当" + suffix, contactMail, "096-000-0000")), null);
        String username = "ex-" + suffix;
        accounts.create(new NewAccount(username, "申込 太郎", "account-" + suffix + "@example.jp", "exhibition-test-2026",
                Set.of(Role.MEMBER), key, null));
        return username;
    }

    String organizationKeyOf(String username) {
        return accounts.findByUsername(username).orElseThrow().organizationKey();
    }
}
