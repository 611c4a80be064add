package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseDocument;
import jp.musubi.workflow.inbox.CaseFact;
import org.springframework.stereotype.Component;

/** Cases of {@code consultation-matching}: the topic, who asks, what was found out so far. */
@Component
class ConsultationContextResolver implements CaseContextResolver {

    private final ConsultationRepository consultations;

    ConsultationContextResolver(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Override
    public String processKey() {
        return ConsultationRequests.PROCESS;
    }

    @Override
    public CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables) {
        Long id = CaseContextResolver.number(variables, "consultationId");
        ConsultationCase c = id == null ? null : consultations.find(id).orElse(null);
        if (c == null) {
            return null;
        }
        ConsultationRequest r = c.request();
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(TEXTS.get("consultation.field.topic"), r.topic()));
        facts.add(new CaseFact(TEXTS.get("consultation.fact.from"), r.organization()));
        facts.add(new CaseFact(TEXTS.get("consultation.fact.channel"), ConsultationTexts.option("consultation.channel", c.channel())));
        if (c.membership() != null) {
            facts.add(new CaseFact(TEXTS.get("consultation.field.membership"), ConsultationTexts.option("consultation.membership", c.membership())));
        }
        if (c.office() != null) {
            facts.add(new CaseFact(TEXTS.get("consultation.field.office"), ConsultationTexts.option("consultation.office", c.office())));
        }
        facts.add(new CaseFact(TEXTS.get("consultation.fact.receivedAt"), JapaneseTimes.dateTimeWithWeekday(c.receivedAt())));
        facts.add(new CaseFact(TEXTS.get("consultation.field.body"), r.body()));
        if (c.advice() != null) {
            facts.add(new CaseFact(TEXTS.get("consultation.task.advice"), c.advice()));
        }
        if (c.issue() != null) {
            facts.add(new CaseFact(TEXTS.get("consultation.issue.business"), c.issue().business()));
            facts.add(new CaseFact(TEXTS.get("consultation.issue.current"), c.issue().current()));
            facts.add(new CaseFact(TEXTS.get("consultation.issue.goal"), c.issue().goal()));
        }
        List<ConsultationIntroduction> introduced = consultations.introductions(c.id());
        if (!introduced.isEmpty()) {
            facts.add(new CaseFact(TEXTS.get("consultation.fact.introduced"),
                    String.join(TEXTS.get("consultation.list.separator"), introduced.stream().map(ConsultationIntroduction::organizationName).toList())));
        }
        if (c.followUpRound() > 0) {
            facts.add(new CaseFact(TEXTS.get("consultation.fact.followUpRound"), String.valueOf(c.followUpRound())));
        }
        return new CaseContext(r.topic(), TEXTS.get("consultation.case.subtitle", r.organization()), facts,
                List.of(new CaseDocument(TEXTS.get("consultation.case.document"), ConsultationPages.detailPath(c.id()))), null);
    }
}
