package jp.musubi.webapp.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.exhibition.ApplicationInput;
import jp.musubi.workflow.exhibition.Exhibitions;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.program.IndicatorData;
import jp.musubi.workflow.program.Indicators;
import jp.musubi.workflow.survey.SurveyAudience;
import jp.musubi.workflow.survey.SurveyAudienceSource;
import jp.musubi.workflow.survey.SurveyRecipient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exhibitions through security, as the users do it: the secretariat opens the recruitment, a member applies in
 * the portal, the secretariat selects up to the limit (the 21st is refused and nothing changes), the applicant's
 * outcome mail is in the outbox, the public exhibitor list links profiles and seeds without personal data, and
 * the exhibitors are offered to surveys. Bad input is refused in Japanese with nothing stored.
 */
@MusubiSpringBootTest
class ExhibitionPagesTest {

    /** The demo member account and its organization (seeds/accounts.yml, organizations.yml). */
    private static final String MEMBER = "member";
    private static final String MEMBER_ORG = "nasuno-denshi";
    private static final String OWN_SEED = "lpwa-water-level-sensor";
    private static final String OTHER_SEED = "drone-bridge-inspection";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    Organizations organizations;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<SurveyAudienceSource> audienceSources;
    @Autowired
    Indicators indicators;

    private ExhibitionFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ExhibitionFixture(content, publication, organizations, accounts);
    }

    @Test
    void aMemberAppliesTheSecretariatSelectsUpToTheLimitAndTheExhibitorsArePublicAndSurveyed() throws Exception {
        String name = fixture.exhibition("建設DX展示会 " + ExhibitionFixture.unique());
        open(name, LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10), "");

        // The member sees the exhibition and the form with its own published seeds, not another organization's.
        assertThat(page(get("/member/exhibitions"), MEMBER)).contains("建設DX展示会").contains("/member/exhibitions/" + name + "/apply");
        String form = page(get("/member/exhibitions/" + name + "/apply"), MEMBER);
        assertThat(form).contains("value=\"" + OWN_SEED + "\"").doesNotContain("value=\"" + OTHER_SEED + "\"")
                .contains("小間（間口3m×奥行3m）");

        MockHttpServletResponse applied = send(post("/member/exhibitions/" + name + "/apply")
                .param("booth", "小間（間口3m×奥行3m）").param("powerNeeded", "true")
                .param("boothNotes", "有線LANを1口お願いします。")
                .param("products", "河川の水位を知らせるLPWAセンサーの実機を展示します。")
                .param("seeds", OWN_SEED), MEMBER);
        assertThat(applied.getStatus()).isEqualTo(302);
        assertThat(applied.getRedirectedUrl()).isEqualTo("/member/exhibitions");
        assertThat(page(get("/member/exhibitions"), MEMBER)).contains("選考中");

        // Twenty more members apply; the secretariat selects the member and nineteen others: the limit of 20.
        List<Long> others = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String user = fixture.member("株式会社テスト建設" + i, "contact" + i + "-" + ExhibitionFixture.unique() + "@example.jp");
            others.add(exhibitions.apply(name, fixture.organizationKeyOf(user),
                    new ApplicationInput("展示テーブル（幅1.8m）", false, null, "建設現場の安全管理アプリ " + i, List.of()), user));
        }
        long memberApplication = applicationId(name, MEMBER_ORG);
        assertThat(decide(name, memberApplication, "SELECTED").getStatus()).isEqualTo(302);
        for (long id : others.subList(0, 19)) {
            assertThat(decide(name, id, "SELECTED").getStatus()).isEqualTo(302);
        }
        long mailsBefore = outcomeMails();
        MockHttpServletResponse refused = decide(name, others.get(19), "SELECTED");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("出展者数の上限（20者）に達しているため、株式会社テスト建設20を選定できません");
        assertThat(status(others.get(19))).isEqualTo("APPLIED");
        assertThat(selected(name)).isEqualTo(20);
        assertThat(outcomeMails()).isEqualTo(mailsBefore);

        // The member's outcome mail is in the outbox, addressed to the account that applied.
        String mail = jdbc.sql("""
                        SELECT subject || ' ' || text_body FROM mail_outbox WHERE recipient = ? AND kind = 'exhibition-outcome'
                        AND text_body LIKE ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .params("member@demo.example.jp", "%" + exhibitions.find(name).title() + "%").query(String.class).single();
        assertThat(mail).contains("への出展が決まりました").contains("株式会社那須野電子").contains("/member/exhibitions");

        // Declining one frees a place, and that applicant is told too.
        assertThat(decide(name, others.get(0), "DECLINED").getStatus()).isEqualTo(302);
        assertThat(decide(name, others.get(19), "SELECTED").getStatus()).isEqualTo(302);
        assertThat(selected(name)).isEqualTo(20);

        // The public list: organization linked to its profile, its seed linked, its products; no personal data.
        for (String path : List.of("/exhibitions/" + name + "/exhibitors", "/events/" + name)) {
            String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).contains("href=\"/members/" + MEMBER_ORG + "\"").contains("株式会社那須野電子")
                    .contains("href=\"/seeds/" + OWN_SEED + "\"").contains("河川の水位を知らせるLPWAセンサー")
                    .contains("株式会社テスト建設20").doesNotContain("株式会社テスト建設1<")
                    .doesNotContain("佐藤 健一").doesNotContain("sato@nasuno-denshi.example.jp").doesNotContain("028-000-1234")
                    .doesNotContain("member@demo.example.jp").doesNotContain("出展 担当").doesNotContain("096-000-0000")
                    .doesNotContain("有線LAN");
        }

        // The exhibitor questionnaire's audience: the 20 selected, each at its organization's contact.
        SurveyAudience audience = audienceSources.stream().flatMap(source -> source.audiences().stream())
                .filter(a -> a.id().equals("exhibition:" + name + ":exhibitors")).findFirst().orElseThrow();
        assertThat(audience.recipients()).hasSize(20);
        assertThat(audience.label()).contains("建設DX展示会").contains("20者");
        assertThat(audience.recipients()).extracting(SurveyRecipient::mail).contains("sato@nasuno-denshi.example.jp")
                .allMatch(m -> !m.startsWith("account-"));
        assertThat(audience.recipients()).extracting(SurveyRecipient::organization)
                .contains("株式会社那須野電子").doesNotContain("株式会社テスト建設1");
    }

    @Test
    void badInputIsRefusedInJapaneseAndNothingIsStored() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        // After the deadline.
        String closed = fixture.exhibition("締切済みの展示会 " + ExhibitionFixture.unique());
        open(closed, today.minusDays(1), "");
        MockHttpServletResponse late = apply(closed, "展示内容", OWN_SEED);
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString()).contains("出展申込みは").contains("で締め切りました");
        assertThat(applications(closed)).isZero();

        String name = fixture.exhibition("入力確認の展示会 " + ExhibitionFixture.unique());
        open(name, today.plusDays(5), "");
        // A seed of another organization.
        MockHttpServletResponse foreign = apply(name, "展示内容", OTHER_SEED);
        assertThat(foreign.getStatus()).isEqualTo(400);
        assertThat(foreign.getContentAsString()).contains("選べるのは自社の公開中のシーズだけです");
        // Oversize text.
        MockHttpServletResponse oversize = apply(name, "あ".repeat(1001), OWN_SEED);
        assertThat(oversize.getStatus()).isEqualTo(400);
        assertThat(oversize.getContentAsString()).contains("1000文字以内");
        // A booth that is not offered.
        MockHttpServletResponse booth = send(post("/member/exhibitions/" + name + "/apply").param("booth", "特大ブース")
                .param("products", "展示内容"), MEMBER);
        assertThat(booth.getStatus()).isEqualTo(400);
        assertThat(applications(name)).isZero();
        // A second application of the same organization.
        assertThat(apply(name, "展示内容", OWN_SEED).getStatus()).isEqualTo(302);
        MockHttpServletResponse second = apply(name, "別の展示内容", null);
        assertThat(second.getStatus()).isEqualTo(400);
        assertThat(second.getContentAsString()).contains("株式会社那須野電子はこの展示会にすでに申し込んでいます");
        assertThat(applications(name)).isEqualTo(1);

        // A non-exhibition event: neither recruitment nor application.
        String workshop = fixture.event("展示会ではないセミナー " + ExhibitionFixture.unique(), "seminar",
                LocalDateTime.now().plusDays(20));
        MockHttpServletResponse notOpened = send(post("/admin/exhibitions/" + workshop + "/recruitment")
                .param("deadline", today.plusDays(3).toString()).param("limit", "20").param("boothOptions", "小間"), "secretariat");
        assertThat(notOpened.getStatus()).isEqualTo(404);
        assertThat(notOpened.getContentAsString()).contains("種別が「展示会」のイベント");
        MockHttpServletResponse notApplied = apply(workshop, "展示内容", null);
        assertThat(notApplied.getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exhibition_recruitment WHERE event_name = ?").param(workshop)
                .query(Long.class).single()).isZero();

        // Bad recruitment settings.
        String other = fixture.exhibition("設定確認の展示会 " + ExhibitionFixture.unique());
        MockHttpServletResponse badSettings = send(post("/admin/exhibitions/" + other + "/recruitment")
                .param("deadline", "2027/01/15").param("limit", "0").param("boothOptions", " "), "secretariat");
        assertThat(badSettings.getStatus()).isEqualTo(400);
        assertThat(badSettings.getContentAsString()).contains("「2027-01-15」の形で").contains("1から500までの数字")
                .contains("小間の種類を1つ以上入力してください");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exhibition_recruitment WHERE event_name = ?").param(other)
                .query(Long.class).single()).isZero();
        // The prefecture reads but does not change.
        assertThat(page(get("/admin/exhibitions/" + name), "pref")).contains("入力確認の展示会");
        assertThat(send(post("/admin/exhibitions/" + other + "/recruitment").param("deadline", today.toString())
                .param("limit", "3").param("boothOptions", "小間"), "pref").getStatus()).isEqualTo(403);
    }

    @Test
    void anExhibitionCountsOnTheDashboardOnceHeldWithExhibitors() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String name = fixture.event("開催済みの展示会 " + ExhibitionFixture.unique(), "exhibition",
                LocalDateTime.now(ZoneId.of("Asia/Tokyo")).minusDays(1));
        open(name, today.minusDays(3), "");
        assertThat(counted(name, today)).isFalse();
        String user = fixture.member("株式会社開催確認", "held-" + ExhibitionFixture.unique() + "@example.jp");
        jdbc.sql("""
                INSERT INTO exhibition_application (event_name, organization_key, organization_name, booth, power_needed,
                    status, applied_by, applied_at) VALUES (?, ?, '株式会社開催確認', '小間', FALSE, 'APPLIED', ?, CURRENT_TIMESTAMP)""")
                .params(name, fixture.organizationKeyOf(user), user).update();
        assertThat(counted(name, today)).isFalse();
        assertThat(decide(name, applicationId(name, fixture.organizationKeyOf(user)), "SELECTED").getStatus()).isEqualTo(302);
        assertThat(counted(name, today)).isTrue();
    }

    @Test
    void aWithdrawnExhibitorLeavesThePublicListAndTheAudience() throws Exception {
        String name = fixture.exhibition("退会確認の展示会 " + ExhibitionFixture.unique());
        open(name, LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5), "");
        String key = "zz-withdrawn-" + ExhibitionFixture.unique();
        organizations.registerFromLedger(key, "株式会社退会済み", jp.musubi.workflow.membership.OrganizationKind.COMPANY,
                LocalDate.now().minusYears(1), false, List.of(), java.time.Instant.now());
        jdbc.sql("""
                INSERT INTO exhibition_application (event_name, organization_key, organization_name, booth, power_needed,
                    status, applied_by, applied_at) VALUES (?, ?, '株式会社退会済み', '小間', FALSE, 'SELECTED', 'nobody', CURRENT_TIMESTAMP)""")
                .params(name, key).update();
        assertThat(apply(name, "展示内容", OWN_SEED).getStatus()).isEqualTo(302);
        assertThat(decide(name, applicationId(name, MEMBER_ORG), "SELECTED").getStatus()).isEqualTo(302);

        String body = mvc.perform(get("/exhibitions/" + name + "/exhibitors")).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("株式会社那須野電子").doesNotContain("株式会社退会済み");
        SurveyAudience audience = audienceSources.stream().flatMap(source -> source.audiences().stream())
                .filter(a -> a.id().equals("exhibition:" + name + ":exhibitors")).findFirst().orElseThrow();
        assertThat(audience.recipients()).extracting(SurveyRecipient::organization).containsExactly("株式会社那須野電子");
    }

    private boolean counted(String name, LocalDate today) {
        IndicatorData data = indicators.find("exhibitions").orElseThrow().collect(today.minusDays(30), today);
        return data.records().stream().anyMatch(r -> ("/admin/exhibitions/" + name).equals(r.link()));
    }

    private void open(String name, LocalDate deadline, String guidance) throws Exception {
        MockHttpServletResponse response = send(post("/admin/exhibitions/" + name + "/recruitment")
                .param("deadline", deadline.toString()).param("limit", "20")
                .param("boothOptions", "小間（間口3m×奥行3m）\n展示テーブル（幅1.8m）").param("guidance", guidance), "secretariat");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private MockHttpServletResponse apply(String name, String products, String seed) throws Exception {
        MockHttpServletRequestBuilder request = post("/member/exhibitions/" + name + "/apply")
                .param("booth", "展示テーブル（幅1.8m）").param("products", products);
        if (seed != null) {
            request.param("seeds", seed);
        }
        return send(request, MEMBER);
    }

    private MockHttpServletResponse decide(String name, long id, String decision) throws Exception {
        return send(post("/admin/exhibitions/" + name + "/applications/" + id + "/decision").param("decision", decision),
                "secretariat");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse();
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = send(request, username);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private long applicationId(String name, String organizationKey) {
        return jdbc.sql("SELECT id FROM exhibition_application WHERE event_name = ? AND organization_key = ?")
                .params(name, organizationKey).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM exhibition_application WHERE id = ?").param(id).query(String.class).single();
    }

    private long selected(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_application WHERE event_name = ? AND status = 'SELECTED'")
                .param(name).query(Long.class).single();
    }

    private long applications(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_application WHERE event_name = ?").param(name)
                .query(Long.class).single();
    }

    private long outcomeMails() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'exhibition-outcome'").query(Long.class).single();
    }
}
