package jp.musubi.workflow.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.OrganizationRepository;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every indicator computed from seeded data with known answers, in a fiscal year no other test
 * writes to (FY2031, April 2031 to March 2032), with the edges the programme argues about.
 */
@WorkflowSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramIndicatorsTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate FROM = LocalDate.of(2031, 4, 1);
    static final LocalDate TO = LocalDate.of(2032, 3, 31);

    @Autowired
    Indicators indicators;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void seed() {
        // Members: approved 3/31 (previous year), 4/1 (counted), one withdrawn, one a second year's.
        organizations.insert("fy31-before", "前年度株式会社", OrganizationKind.COMPANY, LocalDate.of(2031, 3, 31), true, null);
        organizations.insert("fy31-first", "初日株式会社", OrganizationKind.COMPANY, LocalDate.of(2031, 4, 1), true, null);
        organizations.insert("fy31-univ", "年度末大学", OrganizationKind.UNIVERSITY, LocalDate.of(2032, 3, 31), true, null);
        organizations.insert("fy31-gone", "退会株式会社", OrganizationKind.COMPANY, LocalDate.of(2031, 6, 10), true, null);
        organizations.withdraw("fy31-gone", OffsetDateTime.of(2031, 12, 1, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(9)).toInstant());
        organizations.insert("fy31-next", "翌年度株式会社", OrganizationKind.COMPANY, LocalDate.of(2032, 4, 1), true, null);

        // Newsletters: July (not counted for Aug–Mar), 8/1 00:10 JST (counted: still 7/31 in UTC), September.
        newsletter("fy31-july", LocalDateTime.of(2031, 7, 31, 23, 50));
        newsletter("fy31-aug", LocalDateTime.of(2031, 8, 1, 0, 10));
        newsletter("fy31-sep", LocalDateTime.of(2031, 9, 15, 10, 0));

        // Articles: a DX case published and still published, one unpublished later, two news posts in May.
        article("fy31-dx-1", "dx-case", LocalDateTime.of(2031, 5, 10, 9, 0), true);
        article("fy31-dx-2", "dx-case", LocalDateTime.of(2031, 6, 10, 9, 0), false);
        article("fy31-news-1", "news", LocalDateTime.of(2031, 5, 11, 9, 0), true);
        article("fy31-event-1", "event", LocalDateTime.of(2031, 5, 12, 9, 0), true);

        // Events: a workshop held in FY2031, a kickoff announced for a day that has not come yet.
        event("fy31-ws", "workshop", "2021-07-20T13:30", LocalDateTime.of(2031, 6, 1, 9, 0));
        event("fy31-kick", "kickoff", "2099-04-20T13:30", LocalDateTime.of(2031, 6, 2, 9, 0));

        // Issues: two pages published in FY2031; the first gets two proposals and one selection meeting
        // (two decisions on one day, one selected), the second one proposal and no meeting.
        long first = issueCase("fy31-issue-1", LocalDateTime.of(2031, 6, 30, 9, 0));
        long second = issueCase("fy31-issue-2", null);
        issuePage("fy31-issue-1", LocalDateTime.of(2031, 7, 1, 9, 0));
        issuePage("fy31-issue-2", LocalDateTime.of(2031, 10, 1, 9, 0));
        long p1 = proposal(first, "提案A", LocalDateTime.of(2031, 7, 10, 9, 0));
        long p2 = proposal(first, "提案B", LocalDateTime.of(2031, 7, 11, 9, 0));
        proposal(second, "提案C", LocalDateTime.of(2031, 10, 10, 9, 0));
        decision(first, p1, true, LocalDateTime.of(2031, 8, 20, 14, 0));
        decision(first, p2, false, LocalDateTime.of(2031, 8, 20, 14, 5));
    }

    IndicatorData collect(String id, LocalDate from, LocalDate to) {
        return indicators.find(id).orElseThrow().collect(from, to);
    }

    @Test
    void newMembersCountFromAprilFirstAndLeaveOutTheWithdrawn() {
        assertThat(collect("new-members", FROM, TO).records())
                .extracting(IndicatorData.CountedRecord::title)
                .containsExactly("初日株式会社", "年度末大学");
    }

    @Test
    void newslettersCountAugustToMarchByTokyoDay() {
        assertThat(collect("member-newsletters", LocalDate.of(2031, 8, 1), TO).records())
                .extracting(IndicatorData.CountedRecord::title)
                .containsExactly("fy31-aug", "fy31-sep");
        assertThat(collect("member-newsletters", FROM, TO).records()).hasSize(3);
    }

    @Test
    void dxCaseArticlesOnlyWhileStillPublished() {
        assertThat(collect("dx-case-articles", FROM, TO).records())
                .extracting(IndicatorData.CountedRecord::title)
                .containsExactly("記事 fy31-dx-1");
    }

    @Test
    void webPostsAndEventInformationByFirstPublication() {
        assertThat(collect("web-posts", FROM, TO).records())
                .extracting(IndicatorData.CountedRecord::date)
                .containsExactly(LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 11), LocalDate.of(2031, 5, 12));
        // Event pages and イベント・セミナー articles.
        assertThat(collect("event-info", FROM, TO).records()).extracting(IndicatorData.CountedRecord::title)
                .containsExactlyInAnyOrder("記事 fy31-event-1", "イベント fy31-ws", "イベント fy31-kick");
    }

    @Test
    void eventsCountOnceHeld() {
        // Held on its start day (FY2021, which has come); counted for that year, not for the year it was published in.
        assertThat(collect("workshops", LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 31)).records())
                .extracting(IndicatorData.CountedRecord::date)
                .containsExactly(LocalDate.of(2021, 7, 20));
        assertThat(collect("workshops", FROM, TO).records()).isEmpty();
        assertThat(collect("kickoff", FROM, LocalDate.of(2099, 12, 31)).records()).isEmpty();
        assertThat(collect("report-meetings", FROM, TO).records()).isEmpty();
    }

    @Test
    void issueFigures() {
        assertThat(collect("issues-published", FROM, TO).records()).hasSize(2);
        IndicatorData proposals = collect("proposals-per-issue", FROM, TO);
        assertThat(proposals.groups()).extracting(IndicatorData.Group::key).containsExactly("fy31-issue-1", "fy31-issue-2");
        assertThat(proposals.records()).extracting(IndicatorData.CountedRecord::group)
                .containsExactly("fy31-issue-1", "fy31-issue-1", "fy31-issue-2");
        IndicatorData meetings = collect("selection-meetings-per-issue", FROM, TO);
        assertThat(meetings.records()).singleElement()
                .satisfies(meeting -> assertThat(meeting.date()).isEqualTo(LocalDate.of(2031, 8, 20)));
        assertThat(collect("selected-solutions", FROM, TO).records()).extracting(IndicatorData.CountedRecord::title)
                .containsExactly("提案A");
        assertThat(collect("issues-selected", FROM, LocalDate.of(2031, 9, 30)).records()).hasSize(1);
    }

    @Test
    void perIssueTargetsCountIssuesThatReachedTheNumber() {
        ProgramProperties.Target target = new ProgramProperties.Target("p", "proposals-per-issue", null, 1,
                ProgramProperties.Per.ISSUE, null, null, false);
        TargetProgress progress = TargetCalculator.compute(target, new ProgramYear(2031),
                collect("proposals-per-issue", FROM, TO), TO);
        assertThat(progress.figure()).isEqualTo("2 / 2件の課題で1件以上");
        assertThat(progress.reachedOn()).isEqualTo(LocalDate.of(2031, 10, 10));
        ProgramProperties.Target meetings = new ProgramProperties.Target("m", "selection-meetings-per-issue", null, 1,
                ProgramProperties.Per.ISSUE, null, null, false);
        TargetProgress meetingProgress = TargetCalculator.compute(meetings, new ProgramYear(2031),
                collect("selection-meetings-per-issue", FROM, TO), TO);
        assertThat(meetingProgress.value()).isEqualTo(1);
        assertThat(meetingProgress.pace()).isEqualTo(TargetProgress.Pace.BEHIND);
        assertThat(TargetCalculator.compute(meetings, new ProgramYear(2031), collect("selection-meetings-per-issue", FROM, TO),
                TO.plusDays(1)).pace()).isEqualTo(TargetProgress.Pace.MISSED);
    }

    // --- seeding the other features' tables as their services would have left them ---

    void newsletter(String title, LocalDateTime tokyo) {
        jdbc.sql("""
                INSERT INTO newsletter_send (article_name, article_revision, title, body_html, article_url, status, total,
                    enqueued, sent, failed, created_at, created_by)
                VALUES (?, 1, ?, '<p>x</p>', 'http://localhost/articles/x', 'COMPLETED', 3, 3, 3, 0, ?, 'sec')
                """).params(title, title, at(tokyo)).update();
    }

    void article(String name, String category, LocalDateTime published, boolean stillPublished) {
        item("articles", "article", name, "{\"title\":\"記事 " + name + "\",\"category\":\"" + category
                + "\",\"body\":\"<p>本文</p>\"}", published, stillPublished);
    }

    void event(String name, String eventType, String startAt, LocalDateTime published) {
        item("events", "event", name, "{\"title\":\"イベント " + name + "\",\"eventType\":\"" + eventType
                + "\",\"startAt\":\"" + startAt + "\",\"venue\":\"宇都宮市\",\"body\":\"<p>本文</p>\"}", published, true);
    }

    void issuePage(String name, LocalDateTime published) {
        item("issues", "issue", name, "{\"title\":\"課題 " + name + "\"}", published, true);
    }

    void item(String workspace, String type, String name, String json, LocalDateTime published, boolean stillPublished) {
        UUID id = UUID.randomUUID();
        Timestamp at = at(published);
        jdbc.sql("""
                INSERT INTO cms_item (id, workspace, name, type, path, title, lock_version, current_revision,
                    published_revision, created_at, created_by, last_modified_at, last_modified_by, last_activated_at,
                    last_activated_by, approval_pending)
                VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?, 'editor', ?, 'editor', ?, 'pref', FALSE)
                """).params(id, workspace, name, type, "/" + name, name, stillPublished ? 1 : null, at, at,
                stillPublished ? at : null).update();
        jdbc.sql("INSERT INTO cms_revision (item_id, revision, properties, created_at, created_by) VALUES (?, 1, ?, ?, 'editor')")
                .params(id, json, at).update();
        change(id, workspace, name, "PUBLISHED", at);
        if (!stillPublished) {
            change(id, workspace, name, "UNPUBLISHED", at(published.plusMonths(2)));
        }
    }

    void change(UUID id, String workspace, String name, String kind, Timestamp at) {
        // The next number of the store's own counter: the change log stays gap-free for every follower
        // (search index, suggestions, page cache) of the shared test context.
        jdbc.sql("UPDATE cms_content_change_counter SET last_seq = last_seq + 1 WHERE id = 1").update();
        long seq = jdbc.sql("SELECT last_seq FROM cms_content_change_counter WHERE id = 1").query(Long.class).single();
        jdbc.sql("INSERT INTO cms_content_change (seq, item_id, workspace, name, kind, changed_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(seq, id, workspace, name, kind, at).update();
    }

    long issueCase(String pageName, LocalDateTime selectedAt) {
        jdbc.sql("""
                INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                    submitter_email, status, page_name, extension_count, created_at, updated_at, selected_at)
                VALUES (?, 'utsunomiya', '情報政策課', '概要', 'muni', '市 太郎', 'muni@example.jp', 'RECRUITING', ?, 0, ?, ?, ?)
                """).params("課題 " + pageName, pageName, at(LocalDateTime.of(2031, 4, 10, 9, 0)),
                at(LocalDateTime.of(2031, 4, 10, 9, 0)), selectedAt == null ? null : at(selectedAt)).update();
        return jdbc.sql("SELECT id FROM issue_case WHERE page_name = ?").param(pageName).query(Long.class).single();
    }

    long proposal(long caseId, String title, LocalDateTime submitted) {
        jdbc.sql("""
                INSERT INTO proposal (issue_case_id, organization_name, contact_name, contact_email, title, summary, status,
                    submitted_by, submitted_at)
                VALUES (?, '提案株式会社', '提案 花子', 'p@example.jp', ?, '概要', 'SUBMITTED', 'member', ?)
                """).params(caseId, title, at(submitted)).update();
        return jdbc.sql("SELECT MAX(id) FROM proposal").query(Long.class).single();
    }

    void decision(long caseId, long proposalId, boolean selected, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO selection_decision (issue_case_id, proposal_id, selected, decided_by, decided_at)
                VALUES (?, ?, ?, 'pref', ?)
                """).params(caseId, proposalId, selected, at(at)).update();
    }

    static Timestamp at(LocalDateTime tokyo) {
        return Timestamp.from(tokyo.atZone(TOKYO).toInstant());
    }
}
