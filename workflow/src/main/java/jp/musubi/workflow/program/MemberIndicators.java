package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.musubi.cms.newsletter.NewsletterSends;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Indicators over the member registry and the member newsletters. */
@Configuration(proxyBeanMethods = false)
class MemberIndicators {

    static final String NEW_MEMBERS = "new-members";
    static final String MEMBER_NEWSLETTERS = "member-newsletters";

    /**
     * 新規会員登録数: organizations that joined in the period and are still members. A member that
     * withdrew is not counted (the figure is of members gained, and the ledger keeps it as 退会);
     * 県・市町 (Kumamoto: 県・市町村) kinds listed in {@code excluded-member-kinds} are not counted either.
     */
    @Bean
    Indicator newMembersIndicator(Organizations organizations, ProgramProperties properties) {
        Set<String> excluded = Set.copyOf(properties.excludedMemberKinds());
        return new Indicator() {
            @Override
            public String id() {
                return NEW_MEMBERS;
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                List<IndicatorData.CountedRecord> records = organizations.joinedBetween(from, to).stream()
                        .filter(organization -> "ACTIVE".equals(organization.status()))
                        .filter(organization -> !excluded.contains(organization.kind().name()))
                        .map(MemberIndicators::record)
                        .toList();
                return IndicatorData.of(records);
            }
        };
    }

    private static IndicatorData.CountedRecord record(Organization organization) {
        return new IndicatorData.CountedRecord(organization.joinedOn(), organization.name(), organization.kind().label(), null,
                "/members/" + organization.key());
    }

    /** 会員向けメール配信: newsletter sends started in the period (each send is one 配信). */
    @Bean
    Indicator memberNewslettersIndicator(NewsletterSends sends) {
        return new Indicator() {
            @Override
            public String id() {
                return MEMBER_NEWSLETTERS;
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                return IndicatorData.of(sends.startedBetween(TokyoDays.startOf(from), TokyoDays.endOf(to)).stream()
                        .map(send -> new IndicatorData.CountedRecord(TokyoDays.dayOf(send.createdAt()), send.title(),
                                TEXTS.get("program.record.recipients", send.total()), null, "/admin/newsletters"))
                        .toList());
            }
        };
    }
}
