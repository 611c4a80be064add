package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseDocument;
import jp.musubi.workflow.inbox.CaseFact;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Cases of {@code issue-to-matching}: the submitted issue, its municipality and submitter. */
@Component
class IssueCaseContextResolver implements CaseContextResolver {

    private final IssueCases cases;
    private final ContentService content;
    private final ParticipationIntents intents;
    private final ObjectProvider<IssueDocumentSource> documentSources;

    IssueCaseContextResolver(IssueCases cases, ContentService content, ParticipationIntents intents,
                             ObjectProvider<IssueDocumentSource> documentSources) {
        this.cases = cases;
        this.content = content;
        this.intents = intents;
        this.documentSources = documentSources;
    }

    @Override
    public String processKey() {
        return IssueCases.PROCESS;
    }

    @Override
    public CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables) {
        Long id = CaseContextResolver.number(variables, IssueCases.CASE_ID);
        IssueCase issueCase = id == null ? null : cases.find(id).orElse(null);
        if (issueCase == null) {
            return null;
        }
        String municipality = title(issueCase.municipality());
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(TEXTS.get("issuecase.label.title"), issueCase.title()));
        facts.add(new CaseFact(TEXTS.get("issuecase.label.municipalityAndDepartment"), municipality + " " + issueCase.department()));
        facts.add(new CaseFact(TEXTS.get("issuecase.label.summary"), issueCase.summary()));
        facts.add(new CaseFact(TEXTS.get("issuecase.label.submitter"), issueCase.submitterName()));
        facts.add(new CaseFact(TEXTS.get("issuecase.label.status"), issueCase.status().label()));
        if (issueCase.proposalDeadline() != null) {
            facts.add(new CaseFact(TEXTS.get("issuecase.label.proposalDeadline"), JapaneseTimes.dateWithWeekday(issueCase.proposalDeadline())));
        }
        // Every step from the selection on shows the other municipalities' answers (参加意向).
        if (issueCase.status().ordinal() >= IssueCaseStatus.COLLECTING_INTENT.ordinal()) {
            List<ParticipationIntent> answers = intents.list(issueCase.id());
            if (answers.isEmpty()) {
                facts.add(new CaseFact(TEXTS.get("issuecase.context.intents"), TEXTS.get("issuecase.context.intent.none")));
            }
            for (ParticipationIntent answer : answers) {
                String value = answer.comment() == null ? answer.answer().label()
                        : TEXTS.get("issuecase.context.intent.value", answer.answer().label(), answer.comment());
                facts.add(new CaseFact(TEXTS.get("issuecase.context.intent", title(answer.municipality())), value));
            }
        }
        List<CaseDocument> documents = new ArrayList<>();
        if (issueCase.pageName() != null) {
            documents.add(new CaseDocument(TEXTS.get("issuecase.context.issuePage"), "/api/cms/items/issues/" + issueCase.pageName()));
        }
        documentSources.orderedStream().flatMap(source -> source.documents(issueCase.id()).stream())
                .forEach(document -> documents.add(new CaseDocument(document.label(), document.href())));
        return new CaseContext(issueCase.title(),
                TEXTS.get("issuecase.context.subtitle", municipality, issueCase.department(), issueCase.submitterName()),
                facts, documents, null);
    }

    private String title(String municipality) {
        return content.find("municipalities", municipality)
                .map(item -> item.properties().get("title")).map(Object::toString).orElse(municipality);
    }
}
