package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.musubi.cms.site.SiteProperties;
import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetRejectedException;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.common.ICalendar;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.MailAttachment;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.cms.site.SiteCatalog;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.minutes.MeetingMinutes;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling, changing, cancelling and holding meetings, with the invitation mails (and their .ics) going out in
 * the same transaction; and what each participant sees. Every refusal is an {@link InputRefused} with Japanese
 * messages by field, and then nothing is stored or sent.
 */
@Service
public class MeetingSchedule {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_URL = 500;
    static final int MAX_AGENDA = 4000;
    static final int MAX_OTHER_ATTENDEES = 1000;
    static final int MAX_PARTICIPANTS = 50;
    static final int MAX_MATERIALS = 10;
    /** Roles that may be invited: the people of DESIGN.md's hearings and meetings. */
    static final Set<Role> INVITABLE = Set.of(Role.MUNICIPAL_STAFF, Role.MEMBER, Role.SECRETARIAT, Role.PREF_STAFF);
    /** Roles that schedule meetings and see every meeting. */
    static final Set<String> STAFF = Set.of(Role.SECRETARIAT.name(), Role.PREF_STAFF.name());
    private static final LocalTime MATERIALS_DUE = LocalTime.NOON;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final MeetingRepository meetings;
    private final AccountService accounts;
    private final IssueCases issueCases;
    private final Proposals proposals;
    private final Organizations organizations;
    private final Notifications notifications;
    private final AssetService assets;
    private final JapaneseBusinessCalendar calendar;
    private final MeetingMinutes minutes;
    private final SiteCatalog catalog;
    private final Clock clock;
    private final String localGovernmentTerm;

    MeetingSchedule(MeetingRepository meetings, AccountService accounts, IssueCases issueCases, Proposals proposals,
                    Organizations organizations, Notifications notifications, AssetService assets,
                    JapaneseBusinessCalendar calendar, MeetingMinutes minutes, SiteCatalog catalog, Clock clock,
                    SiteProperties site) {
        this.meetings = meetings;
        this.localGovernmentTerm = site.localGovernmentTerm();
        this.catalog = catalog;
        this.accounts = accounts;
        this.issueCases = issueCases;
        this.proposals = proposals;
        this.organizations = organizations;
        this.notifications = notifications;
        this.assets = assets;
        this.calendar = calendar;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** A candidate invitee of the scheduling form; {@code suggested} ones start ticked. */
    public record Candidate(String username, String displayName, String roleLabel, String affiliation, boolean suggested) {
    }

    // ---------------------------------------------------------------- reading

    /** The participant's scheduled meetings that have not ended, soonest first (at most 20). */
    @Transactional(readOnly = true)
    public List<UpcomingMeeting> upcomingFor(String username) {
        if (username == null || username.isBlank()) {
            return List.of();
        }
        return meetings.upcomingFor(username, clock.instant(), 20).stream().map(MeetingSchedule::upcoming).toList();
    }

    @Transactional(readOnly = true)
    public List<Meeting> forCase(long caseId) {
        return meetings.forCase(caseId);
    }

    @Transactional(readOnly = true)
    List<Meeting> recent() {
        return meetings.recent(200);
    }

    /** The meeting if this user may see it: staff, or one of its participants. */
    @Transactional(readOnly = true)
    public Optional<Meeting> visibleTo(long id, String username, Set<String> roles) {
        return meetings.find(id).filter(m -> mayView(m, username, roles));
    }

    Meeting require(long id, String username, Set<String> roles) {
        return visibleTo(id, username, roles).orElseThrow(MeetingNotVisibleException::new);
    }

    static boolean isStaff(Set<String> roles) {
        return roles.stream().anyMatch(STAFF::contains);
    }

    static boolean mayView(Meeting meeting, String username, Set<String> roles) {
        return isStaff(roles) || meeting.invites(username);
    }

    @Transactional(readOnly = true)
    public List<MeetingMaterial> materials(long meetingId) {
        return meetings.materials(meetingId);
    }

    /** The invitable accounts for a meeting of this kind (of this case), the case's people ticked. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(MeetingKind kind, Long caseId) {
        Set<String> suggested = suggestedParticipants(kind, caseId);
        List<Candidate> all = new ArrayList<>();
        for (Account account : invitable()) {
            Role role = mainRole(account);
            all.add(new Candidate(account.username(), account.displayName(), role.label(localGovernmentTerm), affiliation(account),
                    suggested.contains(account.username())));
        }
        all.sort(java.util.Comparator.comparing((Candidate c) -> !c.suggested()).thenComparing(Candidate::roleLabel)
                .thenComparing(Candidate::username));
        return all;
    }

    /**
     * Who a case meeting invites by default: the municipality's staff, the proposing members (hearings and the
     * selection meeting only, once there are proposals), the secretariat and the prefecture.
     */
    Set<String> suggestedParticipants(MeetingKind kind, Long caseId) {
        Set<String> suggested = new LinkedHashSet<>();
        Optional<IssueCase> issue = caseId == null ? Optional.empty() : issueCases.find(caseId);
        Set<Long> proposingOrganizations = issue.isEmpty() || kind == MeetingKind.ISSUE_HEARING ? Set.of()
                : proposals.forCase(caseId).stream().map(Proposal::organizationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        for (Account account : invitable()) {
            Set<Role> roles = account.roles();
            if (roles.contains(Role.SECRETARIAT) || roles.contains(Role.PREF_STAFF)) {
                suggested.add(account.username());
            } else if (issue.isPresent() && roles.contains(Role.MUNICIPAL_STAFF)
                    && issue.get().municipality().equals(account.municipality())) {
                suggested.add(account.username());
            } else if (roles.contains(Role.MEMBER) && !proposingOrganizations.isEmpty()
                    && organizations.active(account.organizationKey()).map(Organization::id)
                    .filter(proposingOrganizations::contains).isPresent()) {
                suggested.add(account.username());
            }
        }
        return suggested;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Schedules a meeting and sends each participant the invitation with its .ics; or, with {@code recordOnly},
     * records one that already took place (定例打合せ, 個別打合せ) as held without mails and starts its minutes.
     *
     * @return the meeting's id
     */
    @Transactional
    public long schedule(MeetingInput input, Long caseId, boolean recordOnly, String organizer) {
        InputChecks checks = new InputChecks();
        MeetingKind kind = kind(checks, input.kind());
        if (kind != null && kind.forCase() && (caseId == null || issueCases.find(caseId).isEmpty())) {
            checks.add("kind", TEXTS.get("meeting.error.caseRequired"));
        }
        if (kind != null && !kind.forCase() && caseId != null) {
            checks.add("kind", TEXTS.get("meeting.error.kindNotForCase"));
        }
        if (recordOnly && kind != null && kind.forCase()) {
            checks.add("kind", TEXTS.get("meeting.error.recordOnlyNotForCase"));
        }
        Fields fields = fields(checks, input, !recordOnly);
        checks.throwIfAny();
        Meeting draft = new Meeting(0, UUID.randomUUID() + "@musubi", 0, kind, fields.title(), fields.startsAt(), fields.endsAt(),
                fields.place(), fields.onlineUrl(), fields.agenda(), fields.otherAttendees(), kind.forCase() ? caseId : null,
                MeetingStatus.SCHEDULED, kind == MeetingKind.REGULAR ? materialsDue(fields.startsAt()) : null, null, organizer,
                fields.participants());
        long id = meetings.insert(draft, clock.instant());
        Meeting meeting = meetings.find(id).orElseThrow();
        if (recordOnly) {
            hold(meeting);
        } else {
            for (String username : meeting.participants()) {
                invite(meeting, username, "invited", false);
            }
        }
        return id;
    }

    /** Changes a scheduled meeting: participants get an update with the same UID (removed ones a cancellation). */
    @Transactional
    public void change(long id, MeetingInput input, String user, Set<String> roles) {
        Meeting before = requireStaffScheduled(id, user, roles);
        InputChecks checks = new InputChecks();
        Fields fields = fields(checks, input, true);
        checks.throwIfAny();
        Meeting changed = new Meeting(id, before.icalUid(), before.icalSequence(), before.kind(), fields.title(), fields.startsAt(),
                fields.endsAt(), fields.place(), fields.onlineUrl(), fields.agenda(), fields.otherAttendees(), before.issueCaseId(),
                before.status(), before.kind() == MeetingKind.REGULAR ? materialsDue(fields.startsAt()) : null,
                before.minutesProcessId(), before.organizer(), fields.participants());
        if (!meetings.update(changed, clock.instant())) {
            throw InputRefused.general(TEXTS.get("meeting.error.notScheduled"));
        }
        Meeting after = meetings.find(id).orElseThrow();
        for (String username : after.participants()) {
            invite(after, username, before.invites(username) ? "updated" : "invited", false);
        }
        for (String username : before.participants()) {
            if (!after.invites(username)) {
                invite(after, username, "cancelled", true);
            }
        }
    }

    /** Cancels a scheduled meeting: every participant gets METHOD:CANCEL with the meeting's UID. */
    @Transactional
    public void cancel(long id, String user, Set<String> roles) {
        requireStaffScheduled(id, user, roles);
        if (!meetings.cancel(id, clock.instant())) {
            throw InputRefused.general(TEXTS.get("meeting.error.notScheduled"));
        }
        Meeting cancelled = meetings.find(id).orElseThrow();
        for (String username : cancelled.participants()) {
            invite(cancelled, username, "cancelled", true);
        }
    }

    /** 実施済み: from the meeting's start on; starts its minutes (打合せ記録, due in 10 business days). */
    @Transactional
    public String held(long id, String user, Set<String> roles) {
        Meeting meeting = requireStaffScheduled(id, user, roles);
        if (clock.instant().isBefore(meeting.startsAt())) {
            throw InputRefused.general(TEXTS.get("meeting.error.heldBeforeStart"));
        }
        return hold(meeting);
    }

    private String hold(Meeting meeting) {
        String process = minutes.start(meeting.id(), meeting.kind().label() + "：" + meeting.title(),
                LocalDate.ofInstant(meeting.startsAt(), JapaneseTimes.ZONE), meeting.kind().minutesKind());
        if (!meetings.markHeld(meeting.id(), process, clock.instant())) {
            throw InputRefused.general(TEXTS.get("meeting.error.notScheduled"));
        }
        return process;
    }

    /** A material for the participants: staff and participants add them, checked by content as CMS assets are. */
    @Transactional
    public int addMaterial(long id, String filename, InputStreamSource content, String user, Set<String> roles) {
        Meeting meeting = require(id, user, roles);
        if (meeting.status() == MeetingStatus.CANCELLED) {
            throw InputRefused.of("file", TEXTS.get("meeting.error.cancelled"));
        }
        if (meetings.countMaterials(id) >= MAX_MATERIALS) {
            throw InputRefused.of("file", TEXTS.get("meeting.error.tooManyMaterials", MAX_MATERIALS));
        }
        if (filename == null || filename.isBlank()) {
            throw InputRefused.of("file", TEXTS.get("meeting.error.fileRequired"));
        }
        Asset asset;
        try (InputStream in = content.getInputStream()) {
            asset = assets.uploadRestricted(filename, in, user);
        } catch (AssetRejectedException e) {
            throw InputRefused.of("file", TEXTS.get("meeting.error.fileRejected", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meetings.addMaterial(id, asset.id(), asset.filename(), user, clock.instant());
    }

    /** The material's asset, for a user who may see the meeting. */
    @Transactional(readOnly = true)
    public Optional<Asset> material(long id, int position, String user, Set<String> roles) {
        require(id, user, roles);
        return meetings.materials(id).stream().filter(m -> m.position() == position).findFirst()
                .flatMap(m -> assets.find(m.assetId()));
    }

    /** The current .ics of the meeting as the participant's calendar should hold it. */
    @Transactional(readOnly = true)
    public byte[] calendarFile(long id, String user, Set<String> roles) {
        Meeting meeting = require(id, user, roles);
        return ics(meeting, user, meeting.status() == MeetingStatus.CANCELLED);
    }

    // ---------------------------------------------------------------- materials reminder (定例打合せ)

    /**
     * Sends the materials reminder of every 定例打合せ whose reminder time has come: one business day before the
     * materials deadline, at the same time of day (noon).
     *
     * @return how many meetings were reminded of
     */
    @Transactional
    public int sendMaterialsReminders() {
        Instant now = clock.instant();
        int reminded = 0;
        for (Meeting meeting : meetings.awaitingMaterialsReminder()) {
            if (now.isBefore(reminderAt(meeting.materialsDueAt())) || !meetings.markReminded(meeting.id(), now)) {
                continue;
            }
            String due = JapaneseTimes.dateTimeWithWeekday(meeting.materialsDueAt());
            for (Account account : accounts.withUsernames(Set.copyOf(meeting.participants()))) {
                if (account.enabled() && account.email() != null) {
                    notifications.send(new MaterialsReminder(account.email(), account.displayName(), meeting.title(),
                            when(meeting), due, path(meeting)));
                }
            }
            reminded++;
        }
        return reminded;
    }

    /** Noon of the business day before the meeting's day. */
    Instant materialsDue(Instant startsAt) {
        LocalDate day = previousBusinessDay(LocalDate.ofInstant(startsAt, JapaneseTimes.ZONE));
        return day.atTime(MATERIALS_DUE).atZone(JapaneseTimes.ZONE).toInstant();
    }

    /** The same time of day one business day before the deadline. */
    Instant reminderAt(Instant materialsDue) {
        LocalDateTime due = LocalDateTime.ofInstant(materialsDue, JapaneseTimes.ZONE);
        return previousBusinessDay(due.toLocalDate()).atTime(due.toLocalTime()).atZone(JapaneseTimes.ZONE).toInstant();
    }

    private LocalDate previousBusinessDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!calendar.isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    // ---------------------------------------------------------------- helpers

    private Meeting requireStaffScheduled(long id, String user, Set<String> roles) {
        Meeting meeting = meetings.find(id).filter(m -> isStaff(roles)).orElseThrow(MeetingNotVisibleException::new);
        if (meeting.status() != MeetingStatus.SCHEDULED) {
            throw InputRefused.general(TEXTS.get("meeting.error.notScheduled"));
        }
        return meeting;
    }

    private void invite(Meeting meeting, String username, String change, boolean cancel) {
        Optional<Account> account = accounts.findEnabled(username);
        if (account.isEmpty() || account.get().email() == null) {
            return;
        }
        Account to = account.get();
        byte[] ics = ics(meeting, username, cancel);
        notifications.send(new MeetingInvitation(to.email(), to.displayName(), change, meeting.kind().label(), meeting.title(),
                        when(meeting), meeting.place(), meeting.onlineUrl(), meeting.agenda(), path(meeting)),
                List.of(new MailAttachment(cancel ? "cancel.ics" : "invitation.ics",
                        cancel ? ICalendar.CONTENT_TYPE_CANCEL : ICalendar.CONTENT_TYPE_REQUEST, ics)));
    }

    /**
     * The .ics for one recipient. A member's people appear only in what their own organization and the staff get:
     * competing proposers invited to the same hearing never see each other's addresses.
     */
    private byte[] ics(Meeting meeting, String recipient, boolean cancel) {
        Map<String, Account> byName = accounts.withUsernames(Set.copyOf(meeting.participants())).stream()
                .collect(Collectors.toMap(Account::username, Function.identity()));
        Account receiver = byName.get(recipient);
        List<ICalendar.Person> attendees = new ArrayList<>();
        for (String username : meeting.participants()) {
            Account account = byName.get(username);
            if (account == null || account.email() == null || !visibleToEachOther(receiver, account)) {
                continue;
            }
            attendees.add(new ICalendar.Person(account.displayName(), account.email()));
        }
        Account organizer = accounts.findByUsername(meeting.organizer()).orElse(null);
        ICalendar.Person organizerPerson = organizer != null && organizer.email() != null
                ? new ICalendar.Person(organizer.displayName(), organizer.email())
                : new ICalendar.Person(TEXTS.get("meeting.ics.organizer"), "noreply@" + "musubi.invalid");
        String description = TEXTS.get("meeting.ics.description", meeting.agenda() == null ? "" : meeting.agenda());
        ICalendar.Entry entry = new ICalendar.Entry(meeting.icalUid(), meeting.icalSequence(), meeting.startsAt(),
                meeting.endsAt(), meeting.kind().label() + "：" + meeting.title(),
                meeting.place() != null ? meeting.place() : meeting.onlineUrl(), meeting.onlineUrl(), description.strip());
        return ICalendar.write(entry, organizerPerson, attendees, cancel, clock.instant());
    }

    /** A member sees the people of their own organization and the staff; staff see everyone. */
    static boolean visibleToEachOther(Account receiver, Account other) {
        if (receiver == null || !receiver.roles().contains(Role.MEMBER) || !other.roles().contains(Role.MEMBER)) {
            return true;
        }
        return receiver.organizationKey() != null && receiver.organizationKey().equals(other.organizationKey());
    }

    static String when(Meeting meeting) {
        LocalDateTime start = LocalDateTime.ofInstant(meeting.startsAt(), JapaneseTimes.ZONE);
        LocalDateTime end = LocalDateTime.ofInstant(meeting.endsAt(), JapaneseTimes.ZONE);
        return TEXTS.get("meeting.when", JapaneseTimes.dateWithWeekday(start.toLocalDate()), TIME.format(start), TIME.format(end));
    }

    static String where(Meeting meeting) {
        return meeting.place() != null ? meeting.place() : TEXTS.get("meeting.online");
    }

    static String path(Meeting meeting) {
        return "/meetings/" + meeting.id();
    }

    private static UpcomingMeeting upcoming(Meeting meeting) {
        return new UpcomingMeeting(meeting.id(), meeting.kind().label(), meeting.title(), when(meeting), where(meeting), path(meeting));
    }

    private List<Account> invitable() {
        return accounts.enabledWithAnyRole(INVITABLE.stream().map(Role::name).collect(Collectors.toSet()));
    }

    private static Role mainRole(Account account) {
        for (Role role : List.of(Role.MUNICIPAL_STAFF, Role.MEMBER, Role.SECRETARIAT, Role.PREF_STAFF)) {
            if (account.roles().contains(role)) {
                return role;
            }
        }
        return account.roles().iterator().next();
    }

    private String affiliation(Account account) {
        if (account.roles().contains(Role.MEMBER)) {
            return organizations.active(account.organizationKey()).map(Organization::name).orElse("");
        }
        if (account.municipality() == null) {
            return "";
        }
        // 宇都宮市, not the item's name (utsunomiya).
        String title = catalog.titleOf(SiteCatalog.MUNICIPALITIES, account.municipality());
        return title == null ? account.municipality() : title;
    }

    private static MeetingKind kind(InputChecks checks, String value) {
        try {
            return MeetingKind.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            checks.add("kind", TEXTS.get("meeting.error.kind"));
            return null;
        }
    }

    private record Fields(String title, Instant startsAt, Instant endsAt, String place, String onlineUrl, String agenda,
                          String otherAttendees, List<String> participants) {
    }

    private Fields fields(InputChecks checks, MeetingInput input, boolean inFuture) {
        String title = checks.required("title", TEXTS.get("meeting.field.title"), input.title(), MAX_TITLE);
        checks.singleLine("title", TEXTS.get("meeting.field.title"), title);
        LocalDate date = parse(checks, "date", input.date(), LocalDate::parse, "meeting.error.date");
        LocalTime start = parse(checks, "startTime", input.startTime(), LocalTime::parse, "meeting.error.startTime");
        LocalTime end = parse(checks, "endTime", input.endTime(), LocalTime::parse, "meeting.error.endTime");
        Instant startsAt = date == null || start == null ? null : date.atTime(start).atZone(JapaneseTimes.ZONE).toInstant();
        Instant endsAt = date == null || end == null ? null : date.atTime(end).atZone(JapaneseTimes.ZONE).toInstant();
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            checks.add("endTime", TEXTS.get("meeting.error.endBeforeStart"));
        }
        if (inFuture && startsAt != null && startsAt.isBefore(clock.instant())) {
            checks.add("date", TEXTS.get("meeting.error.past"));
        }
        if (!inFuture && startsAt != null && startsAt.isAfter(clock.instant())) {
            checks.add("date", TEXTS.get("meeting.error.recordFuture"));
        }
        String place = checks.optional("place", TEXTS.get("meeting.field.place"), input.place(), MAX_PLACE);
        checks.singleLine("place", TEXTS.get("meeting.field.place"), place);
        String url = checks.url("onlineUrl", TEXTS.get("meeting.field.onlineUrl"), input.onlineUrl(), MAX_URL);
        if (place == null && url == null && !checks.has("place") && !checks.has("onlineUrl")) {
            checks.add("place", TEXTS.get("meeting.error.placeOrUrl"));
        }
        String agenda = checks.optional("agenda", TEXTS.get("meeting.field.agenda"), input.agenda(), MAX_AGENDA);
        String others = checks.optional("otherAttendees", TEXTS.get("meeting.field.otherAttendees"), input.otherAttendees(),
                MAX_OTHER_ATTENDEES);
        List<String> participants = participants(checks, input.participants());
        return new Fields(title, startsAt, endsAt, place, url, agenda, others, participants);
    }

    private List<String> participants(InputChecks checks, List<String> given) {
        Set<String> wanted = new LinkedHashSet<>();
        given.stream().map(InputChecks::clean).filter(java.util.Objects::nonNull).forEach(wanted::add);
        if (wanted.isEmpty()) {
            checks.add("participants", TEXTS.get("meeting.error.noParticipants"));
            return List.of();
        }
        if (wanted.size() > MAX_PARTICIPANTS) {
            checks.add("participants", TEXTS.get("meeting.error.tooManyParticipants", MAX_PARTICIPANTS));
            return List.of();
        }
        Set<String> known = invitable().stream().map(Account::username).collect(Collectors.toSet());
        List<String> unknown = wanted.stream().filter(u -> !known.contains(u)).toList();
        if (!unknown.isEmpty()) {
            // The login IDs typed or forged are not echoed: only how many could not be invited.
            checks.add("participants", TEXTS.get("meeting.error.unknownParticipant", unknown.size()));
        }
        return List.copyOf(wanted);
    }

    private static <T> T parse(InputChecks checks, String field, String value, Function<String, T> parser, String key) {
        String cleaned = InputChecks.clean(value);
        if (cleaned == null) {
            checks.add(field, TEXTS.get(key));
            return null;
        }
        try {
            return parser.apply(cleaned);
        } catch (DateTimeParseException e) {
            checks.add(field, TEXTS.get(key));
            return null;
        }
    }
}
