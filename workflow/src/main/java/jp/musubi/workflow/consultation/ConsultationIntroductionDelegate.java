package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.List;

import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.Organizations;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 紹介メール送信 (process {@code consultation-matching}), in the 情報提供 task's transaction: the
 * requester gets the chosen companies (and the talent guidance where asked for); each company that
 * agreed to be introduced gets the consultation's topic and organized issue, not the requester's contact.
 */
@Component("consultationIntroductionDelegate")
public class ConsultationIntroductionDelegate implements JavaDelegate {

    private final ConsultationRepository consultations;
    private final Organizations organizations;
    private final Notifications notifications;
    private final ConsultationProperties properties;

    ConsultationIntroductionDelegate(ConsultationRepository consultations, Organizations organizations,
                                     Notifications notifications, ConsultationProperties properties) {
        this.consultations = consultations;
        this.organizations = organizations;
        this.notifications = notifications;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("consultationId")).longValue();
        ConsultationCase consultation = consultations.find(id).orElseThrow(() -> new IllegalStateException("consultation " + id));
        ConsultationRequest request = consultation.request();
        List<ConsultationIntroduction> introductions = consultations.introductions(id);
        boolean talent = Boolean.TRUE.equals(consultation.talentGuidance());
        long mail = notifications.send(new ConsultationIntroductionNotice(request.email(), request.contactName(),
                request.organization(), request.topic(),
                introductions.stream().map(i -> new ConsultationIntroductionNotice.Company(i.organizationName(), i.itemTitle(),
                        i.itemPath())).toList(),
                talent ? properties.talentGuidanceText() : null, talent ? properties.talentGuidanceUrl() : null));
        consultations.introductionMailed(id, mail);
        String summary = summary(consultation.issue());
        for (ConsultationIntroduction introduction : introductions) {
            if (!introduction.consented()) {
                continue;
            }
            List<OrganizationContact> contacts = organizations.activeContacts(introduction.organizationKey());
            if (!contacts.isEmpty()) {
                long companyMail = notifications.send(new CompanyIntroductionNotice(contacts.get(0).email(),
                        introduction.organizationName(), request.organization(), request.topic(), summary));
                consultations.companyMailed(id, introduction.organizationKey(), companyMail);
            }
        }
    }

    private static String summary(ConsultationCase.OrganizedIssue issue) {
        if (issue == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        line(text, TEXTS.get("consultation.issue.business"), issue.business());
        line(text, TEXTS.get("consultation.issue.current"), issue.current());
        line(text, TEXTS.get("consultation.issue.goal"), issue.goal());
        line(text, TEXTS.get("consultation.issue.timing"), issue.timing());
        return text.toString().strip();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null) {
            text.append(TEXTS.get("consultation.issue.line", label, value)).append('\n');
        }
    }
}
