package jp.musubi.webapp.exhibition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.webapp.support.Programme;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.exhibition.ApplicationInput;
import jp.musubi.workflow.exhibition.Exhibitions;
import jp.musubi.workflow.membership.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exhibitions in Chromium: the secretariat opens a recruitment of one exhibitor (a refused setting first), the
 * demo member applies with the keyboard only (an incomplete form first), the secretariat selects it and the second
 * selection is refused; the public exhibitor list and the event page show it. Axe clean at 1280 and 320 px on
 * every page and form state on the way.
 */
@MusubiBrowserTest
class ExhibitionBrowserTest {

    /** Most Tab presses allowed to reach a control: the header, the page's links and the form's earlier fields. */
    private static final int MAX_TABS = 80;

    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    Organizations organizations;
    @Autowired
    AccountService accounts;
    @Autowired
    Exhibitions exhibitions;
    @Autowired
    JdbcClient jdbc;

    /** The programme the journey runs on; a subclass runs it on another. */
    protected Programme programme() {
        return Programme.TOCHIGI;
    }

    @Test
    void theSecretariatRecruitsAMemberAppliesByKeyboardAndTheListIsPublished(BrowserSession browser) {
        ExhibitionFixture fixture = new ExhibitionFixture(content, publication, organizations, accounts);
        String title = "農業DX展示会 " + ExhibitionFixture.unique();
        String name = fixture.exhibition(title);
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(14);

        // The secretariat opens the recruitment: a limit of 0 is refused first.
        Page staff = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        staff.waitForURL("**/mypage");
        staff.navigate("/admin/exhibitions");
        assertThat(staff.locator("main")).containsText(title);
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(staff.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("出展者の募集を始める"))).isVisible();
        assertThat(staff.getByLabel("出展者数の上限")).hasValue("20");
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByLabel("出展申込の締切日").fill(deadline.toString());
        staff.getByLabel("出展者数の上限").fill("0");
        button(staff, "募集を始める").click();
        assertThat(staff.getByRole(AriaRole.ALERT)).containsText("出展者数の上限は1から500までの数字で入力してください");
        browser.assertAccessibleAtBothWidths(staff);
        staff.getByLabel("出展者数の上限").fill("1");
        button(staff, "募集を始める").click();
        assertThat(staff.getByRole(AriaRole.STATUS)).containsText("出展者の募集を始めました");
        browser.assertAccessibleAtBothWidths(staff);
        staff.close();

        // Another member applied already (through the service): it will not fit once the demo member is selected.
        String rival = fixture.member("株式会社ライバル農機", "rival-" + ExhibitionFixture.unique() + "@example.jp");
        exhibitions.apply(name, fixture.organizationKeyOf(rival),
                new ApplicationInput("展示テーブル（幅1.8m）", false, null, "自動操舵トラクターの紹介", List.of()), rival);

        // The demo member applies with the keyboard only.
        Page member = browser.login("member", BrowserSession.DEMO_PASSWORD);
        member.waitForURL("**/mypage");
        member.navigate("/member/exhibitions");
        browser.assertAccessibleAtBothWidths(member);
        tabTo(member, "a[href='/member/exhibitions/" + name + "/apply']");
        member.keyboard().press("Enter");
        member.waitForURL("**/member/exhibitions/" + name + "/apply");
        browser.assertAccessibleAtBothWidths(member);
        tabTo(member, "main button[type=submit]");
        member.keyboard().press("Enter");
        assertThat(member.getByRole(AriaRole.ALERT)).containsText("希望する小間");
        assertThat(member.getByRole(AriaRole.ALERT)).containsText("出展する製品・サービスを入力するか、出展するシーズを選んでください");
        browser.assertAccessibleAtBothWidths(member);
        tabTo(member, "#booth-0");
        member.keyboard().press("Space");
        tabTo(member, "#field-powerNeeded");
        member.keyboard().press("Space");
        typeInto(member, "#field-boothNotes", "センサーの実機を置く机を1台お願いします。");
        tabTo(member, "#seed-0");
        member.keyboard().press("Space");
        typeInto(member, "#field-products", "ほ場の水位を遠隔で見守るLPWAセンサーを展示します。");
        tabTo(member, "main button[type=submit]");
        member.keyboard().press("Enter");
        member.waitForURL("**/member/exhibitions");
        assertThat(member.getByRole(AriaRole.STATUS)).containsText("への出展を申し込みました");
        assertThat(member.locator("table")).containsText(title);
        assertThat(member.locator("table")).containsText("選考中");
        browser.assertAccessibleAtBothWidths(member);
        member.close();
        assertThat(jdbc.sql("SELECT power_needed FROM exhibition_application WHERE event_name = ? AND organization_key = ?")
                .params(name, programme().member().key()).query(Boolean.class).single()).isTrue();

        // The secretariat selects the member; the rival does not fit in the limit of one.
        staff = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        staff.waitForURL("**/mypage");
        staff.navigate("/admin/exhibitions/" + name);
        button(staff, programme().member().name() + "を選定する").click();
        assertThat(staff.getByRole(AriaRole.STATUS)).containsText(programme().member().name() + "の出展を決定し");
        browser.assertAccessibleAtBothWidths(staff);
        button(staff, "株式会社ライバル農機を選定する").click();
        assertThat(staff.getByRole(AriaRole.ALERT)).containsText("出展者数の上限（1者）に達しているため、株式会社ライバル農機を選定できません");
        browser.assertAccessibleAtBothWidths(staff);
        staff.close();

        // The public list and the event page.
        Page visitor = browser.open("/exhibitions/" + name + "/exhibitors");
        Locator main = visitor.locator("main");
        assertThat(main).containsText(programme().member().name());
        assertThat(main).containsText("ほ場の水位を遠隔で見守るLPWAセンサー");
        assertThat(main).not().containsText("株式会社ライバル農機");
        assertThat(main).not().containsText("佐藤 健一");
        assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(programme().member().name())))
                .hasAttribute("href", "/members/" + programme().member().key());
        browser.assertAccessibleAtBothWidths(visitor);
        visitor.navigate("/events/" + name);
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("出展者"))).isVisible();
        assertThat(visitor.locator("main")).containsText("対象業界");
        browser.assertAccessibleAtBothWidths(visitor);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Presses Tab until the element matching {@code selector} has the focus; fails if Tab never reaches it. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object reached = page.locator(selector).first().evaluate("element => element === document.activeElement");
            if (Boolean.TRUE.equals(reached)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }

    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }
}
