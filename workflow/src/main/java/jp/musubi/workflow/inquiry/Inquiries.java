package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inquiry.InquiryTexts.TEXTS;

import java.time.Clock;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 問合せ受付: checks an inquiry from the web form, stores it and starts its {@code inquiry} instance (business key = id). */
@Service
public class Inquiries {

    public static final String PROCESS = "inquiry";

    private final InquiryRepository inquiries;
    private final RuntimeService runtime;
    private final Clock clock;

    Inquiries(InquiryRepository inquiries, RuntimeService runtime, Clock clock) {
        this.inquiries = inquiries;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * @return the inquiry's id
     * @throws InputRefused with a Japanese message per wrong field; nothing is stored
     */
    @Transactional
    public long receive(InquiryForm form) {
        InputChecks checks = new InputChecks();
        InquiryForm in = form == null ? new InquiryForm(null, null, null, null, null) : form;
        String name = checks.required("name", TEXTS.get("inquiry.field.name"), in.name(), 100);
        String email = checks.email("email", in.email());
        String organization = checks.optional("organization", TEXTS.get("inquiry.field.organization"), in.organization(), 200);
        String subject = checks.required("subject", TEXTS.get("inquiry.field.subject"), in.subject(), 200);
        checks.singleLine("subject", TEXTS.get("inquiry.field.subject"), subject);
        String body = checks.required("body", TEXTS.get("inquiry.field.body"), in.body(), 4000);
        checks.throwIfAny();
        InquiryForm cleaned = new InquiryForm(name, email, organization, subject, body);
        long id = inquiries.insert(cleaned, clock.instant());
        runtime.startProcessInstanceByKey(PROCESS, String.valueOf(id), Map.of("inquiryId", id, "subject", subject));
        return id;
    }
}
