package jp.musubi.cms.mail.notification;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.OutgoingMail;
import jp.musubi.cms.mail.RenderedMail;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional mails of the platform, one method per template. Each renders its Japanese
 * template pair and writes the mail into the outbox in the caller's transaction, so a workflow
 * step that rolls back sends nothing. Every method returns the outbox row's id.
 */
@Service
public class Notifications {

    private static final DateTimeFormatter DATE = JapaneseTimes.DATE_WITH_WEEKDAY;
    /** Mails spell the time out: 2026年11月22日（日）10時30分. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日（E）H時mm分", Locale.JAPANESE)
            .withZone(JapaneseTimes.ZONE);

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final SiteProperties site;

    public Notifications(MailOutbox outbox, MailTemplates templates, SiteProperties site) {
        this.outbox = outbox;
        this.templates = templates;
        this.site = site;
    }

    @Transactional
    public long membershipApproved(MembershipApproved notice) {
        Map<String, Object> variables = new HashMap<>(Map.of("m", notice, "loginUrl", url("/login")));
        if (notice.activationPath() != null) {
            variables.put("activationUrl", url(notice.activationPath()));
            variables.put("activationExpires", DATE.format(notice.activationExpiresOn()));
        }
        return enqueue("membership-approved", notice.to(), "会員登録完了のお知らせ", variables);
    }

    @Transactional
    public long membershipDeclined(MembershipDeclined notice) {
        return enqueue("membership-declined", notice.to(), "会員登録のお申し込みの審査結果について", Map.of("m", notice));
    }

    @Transactional
    public long issueDecision(IssueDecisionNotice notice) {
        return enqueue("issue-decision", notice.to(), "ご提出いただいた課題の取扱いについて（" + notice.issueTitle() + "）",
                Map.of("m", notice));
    }

    @Transactional
    public long proposalReceived(ProposalReceived notice) {
        return enqueue("proposal-received", notice.to(), "ソリューション提案を受け付けました（" + notice.issueTitle() + "）",
                Map.of("m", notice, "receivedAt", DATE_TIME.format(notice.receivedAt())));
    }

    @Transactional
    public long proposalOutcome(ProposalOutcome notice) {
        return enqueue("proposal-outcome", notice.to(), "ソリューション提案の選定結果のお知らせ（" + notice.issueTitle() + "）",
                Map.of("m", notice));
    }

    @Transactional
    public long inquiryReply(InquiryReply notice) {
        return enqueue("inquiry-reply", notice.to(), "お問い合わせへのご回答（" + notice.inquirySubject() + "）",
                Map.of("m", notice, "receivedAt", DATE_TIME.format(notice.receivedAt()),
                        "quotedInquiry", quote(notice.inquiryText())));
    }

    @Transactional
    public long taskAssigned(TaskAssigned notice) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("m", notice);
        variables.put("taskUrl", url(notice.taskPath()));
        variables.put("dueDate", notice.dueDate() == null ? null : DATE.format(notice.dueDate()));
        return enqueue("task-assigned", notice.to(), "タスクが割り当てられました：" + notice.taskName(), variables);
    }

    private long enqueue(String template, String to, String subject, Map<String, ?> variables) {
        String fullSubject = "【" + site.name() + "】" + subject;
        Map<String, Object> withSubject = new HashMap<>(variables);
        withSubject.put("subject", fullSubject);
        RenderedMail mail = templates.render(template, withSubject);
        return outbox.enqueue(OutgoingMail.of(template, to, fullSubject, mail.text(), mail.html()));
    }

    private String url(String path) {
        String base = site.baseUrl().endsWith("/") ? site.baseUrl().substring(0, site.baseUrl().length() - 1) : site.baseUrl();
        return base + path;
    }

    /** Mail-style quotation ("> ") of the inquirer's text, line by line. */
    private static String quote(String text) {
        return text.strip().lines().map(line -> line.isEmpty() ? ">" : "> " + line).collect(Collectors.joining("\n"));
    }
}
