package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inquiry.InquiryTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseFact;
import org.springframework.stereotype.Component;

/** Cases of {@code inquiry}: the subject, who asked and what. */
@Component
class InquiryContextResolver implements CaseContextResolver {

    private final InquiryRepository inquiries;

    InquiryContextResolver(InquiryRepository inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public String processKey() {
        return Inquiries.PROCESS;
    }

    /** The sender's name and question are shown: task page views are audited. */
    @Override
    public boolean showsPersonalData() {
        return true;
    }

    @Override
    public CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables) {
        Long id = CaseContextResolver.number(variables, "inquiryId");
        Inquiry inquiry = id == null ? null : inquiries.find(id).orElse(null);
        if (inquiry == null) {
            return null;
        }
        String from = inquiry.form().organization() == null || inquiry.form().organization().isBlank()
                ? inquiry.form().name() : inquiry.form().organization() + " " + inquiry.form().name();
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(TEXTS.get("inquiry.field.subject"), inquiry.form().subject()));
        facts.add(new CaseFact(TEXTS.get("inquiry.fact.from"), from));
        facts.add(new CaseFact(TEXTS.get("inquiry.fact.receivedAt"), JapaneseTimes.dateTimeWithWeekday(inquiry.receivedAt())));
        facts.add(new CaseFact(TEXTS.get("inquiry.fact.body"), inquiry.form().body()));
        if (inquiry.prefectureQuestion() != null) {
            facts.add(new CaseFact(TEXTS.get("inquiry.fact.prefectureQuestion"), inquiry.prefectureQuestion()));
        }
        if (inquiry.prefectureAnswer() != null) {
            facts.add(new CaseFact(TEXTS.get("inquiry.fact.prefectureAnswer"), inquiry.prefectureAnswer()));
        }
        return CaseContext.of(inquiry.form().subject(), TEXTS.get("inquiry.case.subtitle", from), facts);
    }
}
