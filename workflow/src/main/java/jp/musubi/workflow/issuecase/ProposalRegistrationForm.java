package jp.musubi.workflow.issuecase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.membership.MembershipApplicationFields;
import org.springframework.stereotype.Component;

/**
 * 会員登録して提案 ({@code /propose?issue=…}): a non-member proposes to an open call and applies for
 * membership in the same form (仕様書 6(2)ア「ソリューション提案募集」: 非会員企業が提案を行う場合は、提案時に会員登録を行う),
 * received together through {@link Proposals#submitWithRegistration}. The proposer's organization and
 * contact are the application's, so they are asked once.
 */
@Component
class ProposalRegistrationForm implements SiteForm {

    static final String ISSUE = "issue";
    static final String TITLE = "proposalTitle";
    static final String SUMMARY = "proposalSummary";

    private final OpenProposalCalls calls;
    private final Proposals proposals;

    ProposalRegistrationForm(OpenProposalCalls calls, Proposals proposals) {
        this.calls = calls;
        this.proposals = proposals;
    }

    @Override
    public String path() {
        return "propose";
    }

    @Override
    public String title() {
        return "会員登録して提案する";
    }

    @Override
    public String introduction() {
        return "会員でない企業・大学・団体の方が、課題へのソリューション提案と会員登録を一度に申し込みます。"
                + "提案は会員登録の承認後に正式な提案として扱われます。会員の方はログインし、会員ページから提案してください。";
    }

    @Override
    public String completion() {
        return "提案と会員登録のお申し込みを受け付けました。確認のメールをお送りしました。"
                + "事務局で会員登録の内容を確認し、結果を担当者のメールアドレスにお知らせします。";
    }

    /** The open calls are read each time, so a call that closed is no longer a choice (and is refused). */
    @Override
    public List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(new FormField(ISSUE, "提案する課題", "select", true, 200, null, null, calls.open().stream()
                .map(call -> new FormField.Option(call.pageName(), call.title())).toList()));
        fields.add(FormField.text(TITLE, "提案のタイトル", true, 200, null, null));
        fields.add(FormField.of("textarea", SUMMARY, "提案の概要", true, 4000,
                "課題をどのように解決するか、実績や体制も含めて4000文字以内で入力してください。資料は会員登録の承認後に会員ページから送れます。",
                null));
        fields.addAll(MembershipApplicationFields.FIELDS);
        return fields;
    }

    @Override
    public Map<String, String> prefill(Map<String, String> query) {
        String issue = query.get(ISSUE);
        return issue != null && calls.find(issue).isPresent() ? Map.of(ISSUE, issue) : Map.of();
    }

    @Override
    public String notice(Map<String, String> query) {
        return calls.open().isEmpty() ? "現在、ソリューション提案を募集している課題はありません。" : null;
    }

    @Override
    public void submit(Map<String, String> values) {
        OpenProposalCalls.OpenCall call = calls.find(values.get(ISSUE))
                .orElseThrow(() -> InputRefused.of(ISSUE, "この課題は現在ソリューション提案を募集していません。"));
        NewProposal proposal = new NewProposal(null, values.get("organizationName"), values.get("contactName"),
                values.get("contactEmail"), values.get(TITLE), values.get(SUMMARY));
        try {
            proposals.submitWithRegistration(call.caseId(), proposal,
                    MembershipApplicationFields.application(values), null); // a visitor: no account yet
        } catch (CaseStateException e) {
            throw InputRefused.of(ISSUE, e.getMessage());
        } catch (InputRefused e) {
            throw new InputRefused(fieldsOfThisForm(e.errors()));
        }
    }

    /**
     * The proposal's checks name its fields {@code title} and {@code summary}; here they are {@link #TITLE}
     * and {@link #SUMMARY}. {@code summary} stays the application's: the form's own checks (required, length)
     * already hold the proposal's summary to the service's limits, so only the application refuses a summary.
     */
    private static Map<String, String> fieldsOfThisForm(Map<String, String> errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach((field, message) -> renamed.put(field.equals("title") ? TITLE : field, message));
        return renamed;
    }
}
