package jp.musubi.workflow.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.document.PdfDocuments;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Account;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The approved minutes of a meeting as PDF (template {@code minutes/minutes-document}, Noto Sans JP embedded). */
@Service
public class MinutesDocument {

    /** What the PDF shows; the text as lines, so that nothing in it is read as markup. */
    record View(String title, List<String> lines, String submittedBy, String submittedAt, String approvedBy,
                String approvedAt, String reviewComment) {
    }

    private final MinutesRecords records;
    private final AccountService accounts;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;

    MinutesDocument(MinutesRecords records, AccountService accounts, ITemplateEngine templates, PdfDocuments pdf) {
        this.records = records;
        this.accounts = accounts;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The PDF of the meeting's approved minutes; empty while none are approved. */
    public java.util.Optional<byte[]> approvedPdf(long meetingId) {
        return records.approvedForMeeting(meetingId).map(this::render);
    }

    private byte[] render(MinutesRecord record) {
        View view = new View(record.title(), List.of((record.text() == null ? "" : record.text()).split("\\R", -1)),
                name(record.submittedBy()), record.submittedAt() == null ? "" : JapaneseTimes.dateTime(record.submittedAt()),
                name(record.approvedBy()), JapaneseTimes.dateTime(record.approvedAt()),
                record.reviewComment() == null ? "" : record.reviewComment());
        Context context = new Context(Locale.JAPANESE, Map.of("minutes", view, "baseCss", PdfDocuments.BASE_CSS));
        return pdf.render(templates.process("minutes/minutes-document", context), null);
    }

    private String name(String username) {
        return username == null ? "" : accounts.findByUsername(username).map(Account::displayName).orElse(username);
    }
}
