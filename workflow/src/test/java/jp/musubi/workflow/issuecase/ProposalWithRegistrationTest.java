package jp.musubi.workflow.issuecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.membership.MemberProfile;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.ScreeningDecision;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 会員登録しながら提案: a non-member's proposal follows the screening of the application sent with it. */
@WorkflowSpringBootTest
class ProposalWithRegistrationTest {

    @Autowired
    IssueToMatchingFixture f;

    @Autowired
    MembershipScreening screening;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApprovedApplicationMakesTheProposalAMembers() {
        IssueCase issueCase = f.recruiting();
        MembershipApplication application = application();
        ProposalWithRegistration sent = f.proposals.submitWithRegistration(issueCase.id(), proposal(application), application,
                null);
        assertThat(proposal(issueCase, sent).status()).isEqualTo(ProposalStatus.WAITING_FOR_REGISTRATION);

        screening.complete(screeningTask(sent), ScreeningDecision.approveAllChecked(), "secretariat1");

        Proposal proposal = proposal(issueCase, sent);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposal.organizationId()).isEqualTo(jdbc.sql("SELECT id FROM organization WHERE org_key = ?")
                .param("member-" + sent.membershipApplicationId()).query(Long.class).single());
    }

    @Test
    void aDeclinedApplicationTakesTheProposalOutOfTheSelection() {
        IssueCase issueCase = f.recruiting();
        MembershipApplication application = application();
        ProposalWithRegistration sent = f.proposals.submitWithRegistration(issueCase.id(), proposal(application), application,
                null);

        screening.complete(screeningTask(sent), ScreeningDecision.decline("所在を確認できませんでした。"), "secretariat1");

        assertThat(proposal(issueCase, sent).status()).isEqualTo(ProposalStatus.REGISTRATION_DECLINED);
        assertThat(proposal(issueCase, sent).organizationId()).isNull();
    }

    @Test
    void anInvalidApplicationStoresNeitherTheApplicationNorTheProposal() {
        IssueCase issueCase = f.recruiting();
        MembershipApplication valid = application();
        MembershipApplication invalid = new MembershipApplication(valid.organizationName(), valid.kind(), valid.profile(),
                valid.contactName(), "not-an-address", valid.contactPhone(), valid.loginId());
        long before = jdbc.sql("SELECT COUNT(*) FROM proposal").query(Long.class).single();

        assertThatThrownBy(() -> f.proposals.submitWithRegistration(issueCase.id(), proposal(valid), invalid, null))
                .isInstanceOf(InputRefused.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM membership_application WHERE login_id = ?").param(valid.loginId())
                .query(Long.class).single()).isZero();
    }

    private Proposal proposal(IssueCase issueCase, ProposalWithRegistration sent) {
        return f.proposals.forCase(issueCase.id()).stream().filter(p -> p.id() == sent.proposalId()).findFirst().orElseThrow();
    }

    private String screeningTask(ProposalWithRegistration sent) {
        return f.tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(sent.membershipApplicationId()))
                .processDefinitionKey("member-registration").taskDefinitionKey("screenMembership").singleResult().getId();
    }

    private static NewProposal proposal(MembershipApplication application) {
        return new NewProposal(null, application.organizationName(), application.contactName(), application.contactEmail(),
                "AIオンデマンド交通の提案", "AI配車で乗合を最適化します。");
    }

    private static MembershipApplication application() {
        String unique = "prop" + UUID.randomUUID().toString().substring(0, 8);
        return new MembershipApplication("株式会社提案テスト" + unique, OrganizationKind.COMPANY,
                new MemberProfile("移動サービスを開発しています。", "オンデマンド交通の配車システム。", List.of("交通"), "宇都宮市",
                        "https://example.jp/" + unique),
                "提案 次郎", unique + "@example.co.jp", "028-000-5678", unique);
    }
}
