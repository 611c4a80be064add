package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.survey.SurveyAudience;
import jp.musubi.workflow.survey.SurveyAudienceSource;
import jp.musubi.workflow.survey.SurveyRecipient;
import org.springframework.stereotype.Component;

/**
 * The exhibitor questionnaire's targets: the selected exhibitors of each exhibition, one recipient per
 * organization, addressed to its first contact in the member registry (else the account that applied).
 */
@Component
class ExhibitorAudiences implements SurveyAudienceSource {

    private final Exhibitions exhibitions;
    private final Organizations organizations;
    private final AccountService accounts;

    ExhibitorAudiences(Exhibitions exhibitions, Organizations organizations, AccountService accounts) {
        this.exhibitions = exhibitions;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    static String audienceId(String eventName) {
        return "exhibition:" + eventName + ":exhibitors";
    }

    @Override
    public List<SurveyAudience> audiences() {
        List<SurveyAudience> audiences = new ArrayList<>();
        for (Exhibitions.Exhibition exhibition : exhibitions.all()) {
            if (exhibition.recruitment().isEmpty()) {
                continue;
            }
            List<SurveyRecipient> recipients = new ArrayList<>();
            for (ExhibitorApplication a : exhibitions.applications(exhibition.name())) {
                if (a.status() == ApplicationStatus.SELECTED && organizations.active(a.organizationKey()).isPresent()) {
                    recipient(a).ifPresent(recipients::add);
                }
            }
            audiences.add(new SurveyAudience(audienceId(exhibition.name()),
                    TEXTS.get("exhibition.audience.label", exhibition.title(), recipients.size()), recipients));
        }
        return audiences;
    }

    private Optional<SurveyRecipient> recipient(ExhibitorApplication a) {
        List<OrganizationContact> contacts = organizations.activeContacts(a.organizationKey());
        Optional<OrganizationContact> contact = contacts.stream()
                .filter(c -> c.email() != null && !c.email().isBlank()).findFirst();
        if (contact.isPresent()) {
            return Optional.of(new SurveyRecipient(a.organizationName(), contact.get().personName(), contact.get().email()));
        }
        return accounts.findByUsername(a.appliedBy()).filter(account -> account.email() != null && !account.email().isBlank())
                .map(account -> new SurveyRecipient(a.organizationName(), account.displayName(), account.email()));
    }
}
