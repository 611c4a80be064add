package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.mail.address.EmailAddressPolicy;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.membership.RegisteredOrganization;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's target list: the members (through the membership service, each with its first contact's
 * mail), imported organizations (a file, all rows or none) and the audiences other features contribute
 * as {@link SurveyAudienceSource} beans. One target per mail address: a duplicate adds nothing.
 */
@Service
public class SurveyTargets {

    static final String MEMBERS = "MEMBERS";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyStore store;
    private final Organizations organizations;
    private final ObjectProvider<SurveyAudienceSource> sources;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyTargets(SurveyStore store, Organizations organizations, ObjectProvider<SurveyAudienceSource> sources,
                  SurveyProperties properties, Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.sources = sources;
        this.properties = properties;
        this.clock = clock;
    }

    /** How an addition went: new targets, and those skipped because their mail was already a target. */
    public record Added(int added, int duplicates) {
    }

    /** Every audience the features offer now. */
    public List<SurveyAudience> audiences() {
        List<SurveyAudience> audiences = new ArrayList<>();
        sources.orderedStream().forEach(source -> audiences.addAll(source.audiences()));
        return audiences;
    }

    @Transactional(readOnly = true)
    public List<SurveyTarget> targets(long surveyId) {
        return store.targets(surveyId);
    }

    /** The members of the registry today, each with its first contact that has a deliverable mail. */
    @Transactional
    public Added addMembers(Survey survey) {
        List<SurveyStore.NewTarget> members = new ArrayList<>();
        for (RegisteredOrganization registered : organizations.registry()) {
            if (registered.withdrawnAt() != null) {
                continue;
            }
            String key = registered.organization().key();
            organizations.activeContacts(key).stream()
                    .filter(contact -> contact.email() != null && EmailAddressPolicy.isDeliverable(contact.email()))
                    .findFirst()
                    .ifPresent(contact -> members.add(member(registered, contact)));
        }
        return add(survey, members);
    }

    /** @return empty when no source offers an audience with this id */
    @Transactional
    public Optional<Added> addAudience(Survey survey, String audienceId) {
        return audiences().stream().filter(audience -> audience.id().equals(audienceId)).findFirst()
                .map(audience -> add(survey, audience.recipients().stream()
                        .filter(r -> r.mail() != null && EmailAddressPolicy.isDeliverable(r.mail()))
                        .map(r -> new SurveyStore.NewTarget(organizationOf(r), blankToNull(r.name()), r.mail().strip(),
                                audience.id()))
                        .toList()));
    }

    /** @throws TargetFile.Refused with the row report; nothing stored */
    @Transactional
    public Added importFile(Survey survey, byte[] bytes) {
        return add(survey, TargetFile.read(bytes, properties));
    }

    /** One recipient, e.g. for a feature that asks for a personal link; the existing target when the mail is one. */
    @Transactional
    public SurveyTarget ensure(Survey survey, SurveyRecipient recipient, String source) {
        return store.byMail(survey.id(), recipient.mail().strip()).orElseGet(() -> {
            add(survey, List.of(new SurveyStore.NewTarget(organizationOf(recipient), blankToNull(recipient.name()),
                    recipient.mail().strip(), source)));
            return store.byMail(survey.id(), recipient.mail().strip()).orElseThrow();
        });
    }

    private Added add(Survey survey, List<SurveyStore.NewTarget> candidates) {
        Set<String> taken = new HashSet<>(store.mailKeys(survey.id()));
        List<SurveyStore.NewTarget> fresh = new ArrayList<>();
        for (SurveyStore.NewTarget candidate : candidates) {
            if (taken.add(candidate.mailKey())) {
                fresh.add(candidate);
            }
        }
        List<String> tokens = fresh.stream().map(t -> newToken()).toList();
        store.insertTargets(survey.id(), fresh, tokens, clock.instant());
        return new Added(fresh.size(), candidates.size() - fresh.size());
    }

    private static SurveyStore.NewTarget member(RegisteredOrganization registered, OrganizationContact contact) {
        return new SurveyStore.NewTarget(registered.organization().name(), blankToNull(contact.personName()),
                contact.email().strip(), MEMBERS);
    }

    private static String organizationOf(SurveyRecipient recipient) {
        String organization = blankToNull(recipient.organization());
        if (organization != null) {
            return organization;
        }
        String name = blankToNull(recipient.name());
        return name != null ? name : TEXTS.get("survey.target.individual");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** 32 random bytes, URL-safe: the personal link's secret. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
