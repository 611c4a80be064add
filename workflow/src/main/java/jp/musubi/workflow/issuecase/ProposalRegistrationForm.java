package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.SiteProperties;
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
    private final SiteProperties site;

    ProposalRegistrationForm(OpenProposalCalls calls, Proposals proposals, SiteProperties site) {
        this.site = site;
        this.calls = calls;
        this.proposals = proposals;
    }

    @Override
    public String path() {
        return "propose";
    }

    @Override
    public String title() {
        return TEXTS.get("issuecase.registration.title");
    }

    @Override
    public String introduction() {
        return TEXTS.get("issuecase.registration.lead");
    }

    @Override
    public String completion() {
        return TEXTS.get("issuecase.registration.received");
    }

    /** The open calls are read each time, so a call that closed is no longer a choice (and is refused). */
    @Override
    public List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(new FormField(ISSUE, TEXTS.get("issuecase.label.issue"), "select", true, 200, null, null, calls.open().stream()
                .map(call -> new FormField.Option(call.pageName(), call.title())).toList()));
        fields.add(FormField.text(TITLE, TEXTS.get("issuecase.label.proposalTitle"), true, 200, null, null));
        fields.add(FormField.of("textarea", SUMMARY, TEXTS.get("issuecase.label.proposalSummary"), true, 4000,
                TEXTS.get("issuecase.registration.summary.hint"),
                null));
        fields.addAll(MembershipApplicationFields.fields(site));
        return fields;
    }

    @Override
    public Map<String, String> prefill(Map<String, String> query) {
        String issue = query.get(ISSUE);
        return issue != null && calls.find(issue).isPresent() ? Map.of(ISSUE, issue) : Map.of();
    }

    @Override
    public String notice(Map<String, String> query) {
        return calls.open().isEmpty() ? TEXTS.get("issuecase.registration.noOpenCall") : null;
    }

    @Override
    public void submit(Map<String, String> values) {
        OpenProposalCalls.OpenCall call = calls.find(values.get(ISSUE))
                .orElseThrow(() -> InputRefused.of(ISSUE, TEXTS.get("issuecase.proposal.callNotOpen")));
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
