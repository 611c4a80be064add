package jp.musubi.workflow.ledger;

import static jp.musubi.workflow.ledger.LedgerTexts.TEXTS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.membership.MemberRequest;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.membership.RegisteredOrganization;
import jp.musubi.workflow.membership.StoredApplication;
import jp.musubi.workflow.membership.StoredContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the ledger: the registry through {@link Organizations}, with the ledger's own fields and history. */
@Service
class Ledger {

    static final int PAGE_SIZE = 50;
    static final String MEMBERS = "members";
    static final String SEEDS = "seeds";

    private final Organizations organizations;
    private final LedgerStore store;
    private final ContentService content;
    private final Proposals proposals;
    private final AccountService accounts;
    private final Clock clock;

    Ledger(Organizations organizations, LedgerStore store, ContentService content, Proposals proposals,
           AccountService accounts, Clock clock) {
        this.organizations = organizations;
        this.store = store;
        this.content = content;
        this.proposals = proposals;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Every line, by name. An organization the ledger sees for the first time gets its line, with the
     * 活用分野 of its public profile.
     *
     * @param withContacts whether to read the contacts (for a SECRETARIAT export)
     */
    @Transactional
    List<LedgerEntry> entries(boolean withContacts) {
        Map<String, String> fields = store.fieldsByKey();
        List<LedgerEntry> entries = new ArrayList<>();
        for (RegisteredOrganization registered : organizations.registry()) {
            Organization org = registered.organization();
            String lines = fields.get(org.key());
            if (lines == null && store.version(org.key()).isEmpty()) {
                lines = profileFields(org.key());
                store.ensure(org.key(), lines, clock.instant());
            }
            entries.add(entry(registered, lines, withContacts ? organizations.contacts(org.key()) : List.of()));
        }
        return entries;
    }

    @Transactional
    LedgerPage search(LedgerFilter filter) {
        List<LedgerEntry> matching = entries(false).stream().filter(filter::matches).toList();
        int page = Math.max(0, Math.min(filter.page(), (matching.size() - 1) / PAGE_SIZE));
        List<LedgerEntry> shown = matching.subList(Math.min(matching.size(), page * PAGE_SIZE),
                Math.min(matching.size(), (page + 1) * PAGE_SIZE));
        return new LedgerPage(shown, page, PAGE_SIZE, matching.size());
    }

    /** Every 活用分野 in the ledger, for the filter's choices. */
    @Transactional
    List<String> knownFields() {
        return entries(false).stream().flatMap(e -> e.fields().stream()).distinct().sorted().toList();
    }

    @Transactional
    MemberView member(String key, boolean withContacts) {
        RegisteredOrganization registered = organizations.registry().stream()
                .filter(r -> r.organization().key().equals(key)).findFirst().orElseThrow(MemberNotFound::new);
        Organization org = registered.organization();
        ContentItem profileItem = content.find(MEMBERS, key).orElse(null);
        String lines = profileItem == null ? null : fieldLines(profileItem.properties().get("fields"));
        store.ensure(key, lines, clock.instant());
        if (lines != null) {
            store.setFields(key, lines);
        } else {
            lines = store.fieldsByKey().get(key);
        }
        long version = store.version(key).orElse(0L);
        LedgerEntry entry = entry(registered, lines, withContacts ? organizations.contacts(key) : List.of());
        Map<String, String> names = accounts.displayNamesByUsername();

        MemberView.Profile profile = profileItem == null ? null : new MemberView.Profile(
                text(profileItem.properties().get("summary")), text(profileItem.properties().get("city")),
                text(profileItem.properties().get("url")), profileItem.publishedRevision() != null);
        List<MemberView.Line> seeds = content.referrers(SEEDS, MEMBERS, key).stream()
                .map(name -> content.find(SEEDS, name).orElse(null)).filter(Objects::nonNull)
                .map(seed -> new MemberView.Line(Objects.requireNonNullElse(text(seed.properties().get("title")), seed.name()),
                        TEXTS.get(seed.publishedRevision() != null ? "ledger.seed.published" : "ledger.seed.unpublished"), null))
                .toList();
        List<MemberView.Line> proposalLines = proposals.forOrganization(org.id()).stream()
                .map(p -> new MemberView.Line(p.title(), p.status().label(), null)).toList();

        List<MemberView.Line> applications = new ArrayList<>();
        List<Event> history = new ArrayList<>();
        for (StoredApplication a : organizations.applications(key)) {
            applications.add(new MemberView.Line(TEXTS.get("ledger.application.admission"),
                    applicationState(a.status()),
                    JapaneseTimes.dateTime(a.submittedAt())));
            history.add(new Event(a.submittedAt(), null, TEXTS.get("ledger.history.applied"), null));
            if (a.decidedAt() != null) {
                history.add(new Event(a.decidedAt(), a.decidedBy(), TEXTS.get("ledger.history.screened", applicationState(a.status())), null));
            }
        }
        boolean withdrawalPending = false;
        for (MemberRequest r : organizations.requests(key)) {
            String kind = TEXTS.get(r.kind() == MemberRequest.Kind.WITHDRAWAL ? "ledger.request.withdrawal" : "ledger.request.profileChange");
            String state = requestState(r.status());
            applications.add(new MemberView.Line(kind, state, JapaneseTimes.dateTime(r.requestedAt())));
            // The member's own person is a contact: named only to those who may see contacts.
            history.add(new Event(r.requestedAt(), withContacts ? r.requestedBy() : null,
                    TEXTS.get("ledger.history.requested", kind), withContacts ? null : TEXTS.get("ledger.history.byMember", org.name())));
            if (r.decidedAt() != null) {
                history.add(new Event(r.decidedAt(), r.decidedBy(), TEXTS.get("ledger.history.decided", kind, state), null));
            }
            withdrawalPending |= r.kind() == MemberRequest.Kind.WITHDRAWAL && MemberRequest.OPEN.equals(r.status());
        }
        for (LedgerChange change : store.changes(key)) {
            history.add(new Event(change.at(), change.by(), change.what(), null));
        }
        if (registered.withdrawnAt() != null) {
            history.add(new Event(registered.withdrawnAt(), null, TEXTS.get("ledger.history.withdrawn"), null));
        }
        List<MemberView.HistoryLine> historyLines = history.stream().sorted(Comparator.comparing(Event::at).reversed())
                .map(e -> new MemberView.HistoryLine(JapaneseTimes.dateTime(e.at()),
                        e.label() != null ? e.label() : e.by() == null ? TEXTS.get("ledger.history.bySystem")
                                : names.getOrDefault(e.by(), e.by()), e.what()))
                .toList();
        return new MemberView(entry, version, withContacts, profile, seeds, proposalLines, applications, historyLines,
                withdrawalPending);
    }

    private static String applicationState(String status) {
        return switch (status) {
            case StoredApplication.APPROVED -> TEXTS.get("ledger.application.approved");
            case StoredApplication.DECLINED -> TEXTS.get("ledger.application.declined");
            default -> TEXTS.get("ledger.application.submitted");
        };
    }

    private static String requestState(String status) {
        return switch (status) {
            case MemberRequest.APPROVED -> TEXTS.get("ledger.request.status.approved");
            case MemberRequest.REJECTED -> TEXTS.get("ledger.request.status.rejected");
            default -> TEXTS.get("ledger.request.status.open");
        };
    }

    /** @param label who, when it is not an account's name (null: the account {@code by}, or the system) */
    private record Event(Instant at, String by, String what, String label) {
    }

    private LedgerEntry entry(RegisteredOrganization registered, String fieldLines, List<StoredContact> contacts) {
        Organization org = registered.organization();
        LocalDate withdrawnOn = registered.withdrawnAt() == null ? null
                : registered.withdrawnAt().atZone(JapaneseTimes.ZONE).toLocalDate();
        List<String> fields = fieldLines == null ? List.of() : fieldLines.lines().filter(l -> !l.isBlank()).toList();
        return new LedgerEntry(org.id(), org.key(), org.name(), org.kind(), "ACTIVE".equals(org.status()), org.joinedOn(),
                withdrawnOn, fields, org.newsletterOptIn(), contacts);
    }

    private String profileFields(String key) {
        return content.find(MEMBERS, key).map(item -> fieldLines(item.properties().get("fields"))).orElse(null);
    }

    static String fieldLines(Object value) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
