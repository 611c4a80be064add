package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.cms.site.ContentView;
import jp.musubi.cms.site.SiteCatalog;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exhibitor recruitment and selection for the published exhibition events. Every refusal is Japanese and
 * changes nothing: the checks run before the first write, and the selection takes the recruitment's row
 * lock so that two secretaries selecting at once never pass the limit together.
 */
@Service
public class Exhibitions {

    static final String EVENT_TYPE = "exhibition";
    static final int MAX_LIMIT = 500;
    static final int MAX_BOOTH_OPTION = 200;
    static final int MAX_GUIDANCE = 2000;

    private final ExhibitionRepository repository;
    private final SiteCatalog catalog;
    private final Organizations organizations;
    private final AccountService accounts;
    private final Notifications notifications;
    private final ExhibitionProperties properties;
    private final Clock clock;

    Exhibitions(ExhibitionRepository repository, SiteCatalog catalog, Organizations organizations, AccountService accounts,
                Notifications notifications, ExhibitionProperties properties, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.organizations = organizations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** An exhibition event on the site with its recruitment, if one was opened. */
    public record Exhibition(ContentView event, Optional<Recruitment> recruitment) {

        public String name() {
            return event.name();
        }

        public String title() {
            return event.title();
        }
    }

    /** The event is not published or is not an exhibition: nothing can be recruited for it. */
    public static class NotAnExhibition extends RuntimeException {
        NotAnExhibition() {
            super(TEXTS.get("exhibition.notAnExhibition"));
        }
    }

    /** One selected exhibitor as the public list shows it: no contact person, mail or phone. */
    public record Exhibitor(String organizationName, String profilePath, String products, List<ShownSeed> seeds) {
    }

    /** A published seed an exhibitor shows, linked to its page. */
    public record ShownSeed(String title, String path) {
    }

    public ExhibitionProperties properties() {
        return properties;
    }

    /** Every published exhibition event, latest start first. */
    @Transactional(readOnly = true)
    public List<Exhibition> all() {
        return catalog.events().stream().filter(Exhibitions::isExhibition)
                .map(event -> new Exhibition(event, repository.recruitment(event.name()))).toList();
    }

    /** @throws NotAnExhibition unless the name is a published exhibition event */
    @Transactional(readOnly = true)
    public Exhibition find(String name) {
        ContentView event = catalog.find(SiteCatalog.EVENTS, name).filter(Exhibitions::isExhibition)
                .orElseThrow(NotAnExhibition::new);
        return new Exhibition(event, repository.recruitment(name));
    }

    /** The exhibitions whose recruitment is open today. */
    @Transactional(readOnly = true)
    public List<Exhibition> openForApplications() {
        LocalDate today = JapaneseTimes.today(clock);
        return all().stream().filter(e -> e.recruitment().map(r -> r.openOn(today)).orElse(false)).toList();
    }

    public LocalDate today() {
        return JapaneseTimes.today(clock);
    }

    /**
     * Opens the recruitment or changes its settings. The limit may not fall below the exhibitors already selected.
     *
     * @param boothOptions one option a line
     */
    @Transactional
    public void openRecruitment(String eventName, String deadline, String limit, String boothOptions, String guidance,
                                String user) {
        find(eventName);
        InputChecks checks = new InputChecks();
        LocalDate day = date(checks, deadline);
        int max = number(checks, limit);
        List<String> options = ExhibitionRepository.lines(boothOptions);
        if (options.isEmpty()) {
            checks.add("boothOptions", TEXTS.get("exhibition.recruitment.boothOptions.required"));
        } else if (options.stream().anyMatch(o -> o.length() > MAX_BOOTH_OPTION) || options.size() > 20) {
            checks.add("boothOptions", TEXTS.get("exhibition.recruitment.boothOptions.tooLong", MAX_BOOTH_OPTION));
        }
        String cleanGuidance = checks.optional("guidance", TEXTS.get("exhibition.field.guidance"), guidance, MAX_GUIDANCE);
        Optional<Recruitment> existing = repository.lockRecruitment(eventName);
        if (existing.isPresent() && !checks.has("limit")) {
            long selected = repository.count(eventName, ApplicationStatus.SELECTED);
            checks.check(max >= selected, "limit", TEXTS.get("exhibition.recruitment.limit.belowSelected", selected));
        }
        checks.throwIfAny();
        if (existing.isPresent()) {
            repository.updateRecruitment(eventName, day, max, options, cleanGuidance, clock.instant());
        } else {
            repository.insertRecruitment(new Recruitment(eventName, day, max, options, cleanGuidance, user, clock.instant()),
                    clock.instant());
        }
    }

    /** The organization's published seeds, which it may show at its booth. */
    @Transactional(readOnly = true)
    public List<ContentView> publishedSeeds(String organizationKey) {
        return catalog.byTitle(SiteCatalog.SEEDS).stream().filter(seed -> organizationKey.equals(seed.text("member"))).toList();
    }

    /**
     * A member organization applies to exhibit. Refused: the recruitment is closed or not opened, the organization
     * applied already, a seed is not one of its published seeds, a text is too long, the booth is not offered.
     *
     * @return the application's id
     */
    @Transactional
    public long apply(String eventName, String organizationKey, ApplicationInput input, String user) {
        Exhibition exhibition = find(eventName);
        Organization org = organizations.active(organizationKey)
                .orElseThrow(() -> InputRefused.general(TEXTS.get("exhibition.apply.noOrganization")));
        Recruitment recruitment = repository.lockRecruitment(eventName)
                .orElseThrow(() -> InputRefused.general(TEXTS.get("exhibition.apply.notOpen")));
        if (!recruitment.openOn(JapaneseTimes.today(clock))) {
            throw InputRefused.general(TEXTS.get("exhibition.apply.closed",
                    JapaneseTimes.dateWithWeekday(recruitment.deadline())));
        }
        if (repository.applied(eventName, organizationKey)) {
            throw InputRefused.general(TEXTS.get("exhibition.apply.already", org.name()));
        }
        InputChecks checks = new InputChecks();
        String booth = checks.choice("booth", TEXTS.get("exhibition.field.booth"), input.booth(), recruitment.boothOptions());
        String notes = checks.optional("boothNotes", TEXTS.get("exhibition.field.boothNotes"), input.boothNotes(),
                properties.maxBoothNotesLength());
        String products = checks.optional("products", TEXTS.get("exhibition.field.products"), input.products(),
                properties.maxProductsLength());
        Set<String> own = new LinkedHashSet<>();
        publishedSeeds(organizationKey).forEach(seed -> own.add(seed.name()));
        Set<String> seeds = new LinkedHashSet<>(input.seeds());
        if (!own.containsAll(seeds)) {
            checks.add("seeds", TEXTS.get("exhibition.apply.seed.notOwn"));
        }
        if (products == null && seeds.isEmpty()) {
            checks.add("products", TEXTS.get("exhibition.apply.products.required"));
        }
        checks.throwIfAny();
        return repository.insertApplication(eventName, organizationKey, org.name(),
                new ApplicationInput(booth, input.powerNeeded(), notes, products, List.copyOf(seeds)), user,
                clock.instant());
    }

    /**
     * The secretariat selects or declines an application; the applicant is told by mail. Selecting beyond the
     * recruitment's limit is refused and changes nothing.
     */
    @Transactional
    public ExhibitorApplication decide(String eventName, long applicationId, ApplicationStatus decision, String user) {
        if (decision == ApplicationStatus.APPLIED) {
            throw InputRefused.general(TEXTS.get("exhibition.decision.invalid"));
        }
        Exhibition exhibition = find(eventName);
        Recruitment recruitment = repository.lockRecruitment(eventName)
                .orElseThrow(() -> InputRefused.general(TEXTS.get("exhibition.apply.notOpen")));
        ExhibitorApplication application = repository.application(applicationId)
                .filter(a -> a.eventName().equals(eventName))
                .orElseThrow(() -> InputRefused.general(TEXTS.get("exhibition.decision.unknown")));
        if (application.status() == decision) {
            throw InputRefused.general(TEXTS.get("exhibition.decision.same", TEXTS.get(ExhibitionTexts.STATUS + decision.name())));
        }
        if (decision == ApplicationStatus.SELECTED) {
            long selected = repository.count(eventName, ApplicationStatus.SELECTED);
            if (selected >= recruitment.limit()) {
                throw InputRefused.general(TEXTS.get("exhibition.decision.full", recruitment.limit(),
                        application.organizationName()));
            }
        }
        repository.decide(applicationId, decision, user, clock.instant());
        Optional<Account> applicant = accounts.findByUsername(application.appliedBy());
        if (applicant.isPresent() && applicant.get().email() != null && !applicant.get().email().isBlank()) {
            ContentView event = exhibition.event();
            notifications.send(new ExhibitionOutcomeNotice(applicant.get().email(), applicant.get().displayName(),
                    application.organizationName(), event.title(), event.date("startAt"), event.text("venue"),
                    decision == ApplicationStatus.SELECTED, "/member/exhibitions"));
        }
        return repository.application(applicationId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ExhibitorApplication> applications(String eventName) {
        return repository.applications(eventName);
    }

    @Transactional(readOnly = true)
    public List<ExhibitorApplication> ofOrganization(String organizationKey) {
        return repository.ofOrganization(organizationKey);
    }

    @Transactional(readOnly = true)
    public Map<String, Map<ApplicationStatus, Long>> counts() {
        return repository.counts();
    }

    /** The selected exhibitors of an exhibition as the public sees them, by organization name. */
    @Transactional(readOnly = true)
    public List<Exhibitor> exhibitors(String eventName) {
        List<Exhibitor> list = new ArrayList<>();
        for (ExhibitorApplication a : repository.applications(eventName)) {
            // A withdrawn member leaves the public site, the exhibitor list included.
            if (a.status() != ApplicationStatus.SELECTED || organizations.active(a.organizationKey()).isEmpty()) {
                continue;
            }
            String profile = catalog.find(SiteCatalog.MEMBERS, a.organizationKey()).map(p -> "/members/" + p.name()).orElse(null);
            List<ShownSeed> seeds = a.seeds().stream()
                    .flatMap(seed -> catalog.find(SiteCatalog.SEEDS, seed).stream())
                    .filter(seed -> a.organizationKey().equals(seed.text("member")))
                    .map(seed -> new ShownSeed(seed.title(), "/seeds/" + seed.name())).toList();
            list.add(new Exhibitor(a.organizationName(), profile, a.products(), seeds));
        }
        list.sort(java.util.Comparator.comparing(Exhibitor::organizationName));
        return list;
    }

    private static boolean isExhibition(ContentView event) {
        return EVENT_TYPE.equals(event.text("eventType"));
    }

    private static LocalDate date(InputChecks checks, String value) {
        String cleaned = InputChecks.clean(value);
        if (cleaned == null) {
            checks.add("deadline", TEXTS.get("exhibition.recruitment.deadline.required"));
            return null;
        }
        try {
            return LocalDate.parse(cleaned);
        } catch (DateTimeParseException e) {
            checks.add("deadline", TEXTS.get("exhibition.recruitment.deadline.invalid"));
            return null;
        }
    }

    private static int number(InputChecks checks, String value) {
        String cleaned = InputChecks.clean(value);
        int n = -1;
        try {
            n = cleaned == null ? -1 : Integer.parseInt(cleaned);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX_LIMIT) {
            checks.add("limit", TEXTS.get("exhibition.recruitment.limit.invalid", MAX_LIMIT));
        }
        return n;
    }
}
