package jp.musubi.webapp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.inquiry.Inquiries;
import jp.musubi.workflow.inquiry.InquiryForm;
import jp.musubi.workflow.membership.MemberProfile;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipApplications;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.ScreeningDecision;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Inbox task pages that show personal data, and the admission decision, each write one audit entry. */
@MusubiSpringBootTest
class AuditedStepsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    MembershipApplications applications;
    @Autowired
    MembershipScreening screening;
    @Autowired
    Inquiries inquiries;

    @Test
    void theScreeningTaskShowsTheApplicantAndItsViewAndDecisionAreAudited() throws Exception {
        String unique = "aud" + UUID.randomUUID().toString().substring(0, 8);
        long id = applications.apply(new MembershipApplication("株式会社監査テスト" + unique, OrganizationKind.COMPANY,
                new MemberProfile("監査のテストです。", null, List.of("防災"), "宇都宮市", null),
                "監査 花子", unique + "@example.co.jp", "028-000-9999", unique));
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey("member-registration").taskDefinitionKey("screenMembership").singleResult().getId();

        String page = taskPage(task);
        assertThat(page).contains("監査 花子").contains(unique + "@example.co.jp");
        assertThat(audits("PERSONAL_DATA_VIEW", "task:" + task)).isEqualTo(1);

        screening.complete(task, ScreeningDecision.decline("審査の結果、見送りとします。"), "secretariat");
        assertThat(audits("APPROVAL", "membership-application:" + id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE target = ?").param("membership-application:" + id)
                .query(String.class).single()).isEqualTo("入会審査：「株式会社監査テスト" + unique + "」の入会を不承認");
    }

    @Test
    void anInquiryTaskViewIsAudited() throws Exception {
        String unique = "aud" + UUID.randomUUID().toString().substring(0, 8);
        long id = inquiries.receive(new InquiryForm("問合 太郎", unique + "@example.jp", null, "監査の確認 " + unique, "本文です。"));
        String task = tasks.createTaskQuery().processDefinitionKey(Inquiries.PROCESS)
                .processVariableValueEquals("inquiryId", id).singleResult().getId();

        assertThat(taskPage(task)).contains("問合 太郎");
        assertThat(audits("PERSONAL_DATA_VIEW", "task:" + task)).isEqualTo(1);
        taskPage(task);
        assertThat(audits("PERSONAL_DATA_VIEW", "task:" + task)).isEqualTo(2);
    }

    private String taskPage(String task) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/inbox/tasks/" + task)
                .with(user(accounts.loadUserByUsername("secretariat")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private long audits(String action, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'secretariat' AND action = ? AND target = ?")
                .params(action, target).query(Long.class).single();
    }
}
