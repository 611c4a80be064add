package jp.musubi.cms.handover;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The sections of the archive. The workflow tables are named here too (as plain table names) because
 * the cms module cannot see the workflow packages; the names are checked against the database by
 * HandoverCoverageTest, so a renamed or new table fails the build instead of being left out.
 */
@Configuration
class HandoverSectionsConfiguration {

    @Bean
    @Order(10)
    HandoverSection accountsSection() {
        return HandoverSection.of("accounts", "account", "account_role", "account_activation", "account_password_reset");
    }

    @Bean
    @Order(20)
    HandoverSection membersSection() {
        return HandoverSection.of("members", "organization", "organization_contact", "membership_application",
                "membership_request", "ledger_member", "ledger_change");
    }

    @Bean
    @Order(30)
    HandoverSection assetsSection() {
        return new HandoverSection("assets", List.of("cms_asset"), Set.of(), true);
    }

    @Bean
    @Order(40)
    HandoverSection contentSection() {
        return new HandoverSection("content", List.of("cms_item", "cms_revision", "cms_revision_reference",
                "cms_content_change", "cms_content_change_counter", "publication_request", "suggestion_exposure"),
                Set.of("cms_content_change_counter"), false);
    }

    @Bean
    @Order(50)
    HandoverSection issuesSection() {
        return HandoverSection.of("issues", "municipal_issue", "municipal_issue_attachment", "issue_case", "issue_round",
                "participation_intent", "selection_hearing", "selection_decision", "proposal", "proposal_attachment",
                "matching", "program_deliverable", "municipal_followup", "inbox_case", "inquiry");
    }

    @Bean
    @Order(60)
    HandoverSection consultationSection() {
        return HandoverSection.of("consultation", "consultation_request", "consultation_introduction",
                "consultation_suggestion");
    }

    @Bean
    @Order(70)
    HandoverSection meetingsSection() {
        return HandoverSection.of("meetings", "meeting", "meeting_participant", "meeting_material", "minutes_record");
    }

    @Bean
    @Order(80)
    HandoverSection eventsSection() {
        return HandoverSection.of("events", "event_setting", "event_application", "event_application_answer");
    }

    @Bean
    @Order(90)
    HandoverSection exhibitionsSection() {
        return HandoverSection.of("exhibitions", "exhibition_recruitment", "exhibition_application",
                "exhibition_application_seed");
    }

    @Bean
    @Order(100)
    HandoverSection surveysSection() {
        return HandoverSection.of("surveys", "survey", "survey_question", "survey_target", "survey_answer");
    }

    @Bean
    @Order(110)
    HandoverSection mailSection() {
        return HandoverSection.of("mail", "mail_outbox", "mail_outbox_attachment", "newsletter_send",
                "newsletter_delivery");
    }

    @Bean
    @Order(120)
    HandoverSection statisticsSection() {
        return HandoverSection.of("statistics", "site_page_view_day", "site_referrer_day", "site_search_day",
                "site_visitor_day");
    }

    @Bean
    @Order(130)
    HandoverSection auditSection() {
        return HandoverSection.of("audit", "audit_entry");
    }

    @Bean
    @Order(140)
    HandoverSection caseHistorySection() {
        return HandoverSection.of("history", "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
                "act_hi_comment", "act_hi_identitylink", "modeler_deployment");
    }
}
