package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetRejectedException;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成果品の提出: the configured deliverables with their due dates, the file the secretariat delivered
 * (a PDF, checked by content), overdue ones, and the reminder N business days before each due date.
 */
@Service
public class Deliverables {

    private static final Set<String> ACCEPTED = Set.of("application/pdf");

    private final ProgramProperties properties;
    private final DeliverableRepository repository;
    private final AssetService assets;
    private final JapaneseBusinessCalendar calendar;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Clock clock;

    Deliverables(ProgramProperties properties, DeliverableRepository repository, AssetService assets,
                 JapaneseBusinessCalendar calendar, AccountService accounts, Notifications notifications, Clock clock) {
        this.properties = properties;
        this.repository = repository;
        this.assets = assets;
        this.calendar = calendar;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Deliverable> list() {
        return list(JapaneseTimes.today(clock));
    }

    List<Deliverable> list(LocalDate today) {
        Map<String, DeliverableRepository.Row> rows = repository.forYear(properties.fiscalYear());
        return properties.deliverables().stream().map(d -> {
            DeliverableRepository.Row row = rows.get(d.id());
            boolean delivered = row != null && row.assetId() != null;
            Deliverable.State state = delivered ? Deliverable.State.DELIVERED
                    : d.due().isBefore(today) ? Deliverable.State.OVERDUE : Deliverable.State.PENDING;
            return new Deliverable(d.id(), d.title(), d.due(), d.note(), state, calendar.businessDaysBetween(today, d.due()),
                    delivered ? row.assetId() : null, delivered ? row.fileName() : null,
                    delivered ? row.deliveredBy() : null, delivered ? row.deliveredAt() : null);
        }).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Deliverable> find(String id) {
        return list().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * Stores the delivered file; only a PDF by content is accepted (whatever its name says).
     *
     * @throws InputRefused with the Japanese reason; nothing is stored then
     */
    @Transactional
    public Deliverable deliver(String id, String fileName, InputStream content, String user) {
        find(id).orElseThrow(() -> InputRefused.general(TEXTS.get("program.deliverable.unknown")));
        if (content == null || fileName == null || fileName.isBlank()) {
            throw InputRefused.of("file", TEXTS.get("program.deliverable.file.required"));
        }
        Asset asset;
        try {
            asset = assets.uploadRestricted(fileName, content, user);
        } catch (AssetRejectedException e) {
            throw InputRefused.of("file", e.getMessage());
        }
        if (!ACCEPTED.contains(asset.mediaType())) {
            // The transaction rolls back: the asset row goes, and the asset service deletes its file.
            throw InputRefused.of("file", TEXTS.get("program.deliverable.file.type"));
        }
        repository.delivered(properties.fiscalYear(), id, asset.id().toString(), asset.filename(), user, clock.instant());
        return find(id).orElseThrow();
    }

    /** The delivered file's asset, for the staff download. */
    @Transactional(readOnly = true)
    public Optional<Asset> file(String id) {
        return find(id).filter(d -> d.assetId() != null)
                .flatMap(d -> AssetService.parse(d.assetId())).flatMap(assets::find);
    }

    public java.nio.file.Path path(Asset asset) {
        return assets.file(asset);
    }

    /**
     * Sends the reminder for every deliverable not yet delivered whose due date is at most
     * {@code reminder-business-days} business days away (once each), to the secretariat's accounts.
     *
     * @return the deliverables reminded of
     */
    @Transactional
    public List<String> remind(LocalDate today) {
        List<Account> secretariat = accounts.enabledWithAnyRole(Set.of(Role.SECRETARIAT.name()));
        return list(today).stream()
                .filter(d -> d.state() == Deliverable.State.PENDING)
                .filter(d -> d.businessDaysLeft() <= properties.reminderBusinessDays())
                .filter(d -> repository.markReminded(properties.fiscalYear(), d.id(), clock.instant()))
                .map(d -> {
                    secretariat.stream().filter(a -> a.email() != null && !a.email().isBlank())
                            .forEach(a -> notifications.send(new DeliverableReminder(a.email(), a.displayName(), d.title(),
                                    JapaneseTimes.dateWithWeekday(d.due()), d.businessDaysLeft())));
                    return d.id();
                })
                .toList();
    }
}
