package jp.musubi.workflow.inquiry;

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
        facts.add(new CaseFact("件名", inquiry.form().subject()));
        facts.add(new CaseFact("問合せ者", from));
        facts.add(new CaseFact("受付日時", JapaneseTimes.dateTimeWithWeekday(inquiry.receivedAt())));
        facts.add(new CaseFact("問合せ内容", inquiry.form().body()));
        if (inquiry.prefectureQuestion() != null) {
            facts.add(new CaseFact("県への確認事項", inquiry.prefectureQuestion()));
        }
        if (inquiry.prefectureAnswer() != null) {
            facts.add(new CaseFact("県からの回答", inquiry.prefectureAnswer()));
        }
        return CaseContext.of(inquiry.form().subject(), "問合せ者：" + from, facts);
    }
}
