package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 課題募集 rounds (PREF_STAFF, SECRETARIAT): each has a title, a period and guidance; announcing it
 * mails every enabled municipal staff account; the issues submitted in it are counted.
 */
@Service
@Transactional
public class IssueRounds {

    static final int MAX_TITLE = 200;
    static final int MAX_GUIDANCE = 4000;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Clock clock;

    IssueRounds(JdbcClient jdbc, AccountService accounts, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** @throws InputRefused with Japanese messages; nothing is stored */
    public long create(String title, LocalDate opensOn, LocalDate closesOn, String guidance, String user) {
        InputChecks checks = new InputChecks();
        String cleanTitle = checks.required("title", TEXTS.get("municipal.rounds.label.title"), title, MAX_TITLE);
        String cleanGuidance = checks.required("guidance", TEXTS.get("municipal.rounds.label.guidance"), guidance, MAX_GUIDANCE);
        checks.check(opensOn != null, "opensOn", TEXTS.get("municipal.rounds.opensOn.required"));
        checks.check(closesOn != null, "closesOn", TEXTS.get("municipal.rounds.closesOn.required"));
        checks.check(opensOn == null || closesOn == null || !closesOn.isBefore(opensOn), "closesOn",
                TEXTS.get("municipal.rounds.closesOn.beforeOpens"));
        checks.check(closesOn == null || !closesOn.isBefore(today()), "closesOn", TEXTS.get("municipal.rounds.closesOn.past"));
        checks.throwIfAny();
        Timestamp now = Timestamp.from(clock.instant());
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO issue_round (title, opens_on, closes_on, guidance, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(cleanTitle, Date.valueOf(opensOn), Date.valueOf(closesOn), cleanGuidance, user, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Mails the opening of the round to every enabled municipal staff account with an address, once.
     *
     * @return how many were mailed
     */
    public int announce(long id, String user) {
        IssueRound round = find(id).orElseThrow(() -> InputRefused.general(TEXTS.get("municipal.rounds.notFound")));
        if (round.announcedAt() != null) {
            throw InputRefused.general(TEXTS.get("municipal.rounds.alreadyAnnounced"));
        }
        if (round.closesOn().isBefore(today())) {
            throw InputRefused.general(TEXTS.get("municipal.rounds.closed"));
        }
        int sent = 0;
        for (Account account : accounts.enabledWithAnyRole(Set.of(Role.MUNICIPAL_STAFF.name()))) {
            if (account.email() != null && !account.email().isBlank()) {
                notifications.send(IssueRoundOpened.of(account.email(), account.displayName(), round));
                sent++;
            }
        }
        jdbc.sql("UPDATE issue_round SET announced_at = ?, announced_by = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), user, id).update();
        return sent;
    }

    @Transactional(readOnly = true)
    public List<IssueRound> list() {
        return jdbc.sql(SELECT + " ORDER BY r.opens_on DESC, r.id DESC").query(IssueRounds::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<IssueRound> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(IssueRounds::map).optional();
    }

    /** The rounds open today, the one closing first first. */
    @Transactional(readOnly = true)
    public List<IssueRound> openToday() {
        LocalDate today = today();
        return list().stream().filter(round -> round.openOn(today))
                .sorted(java.util.Comparator.comparing(IssueRound::closesOn)).toList();
    }

    LocalDate today() {
        return JapaneseTimes.today(clock);
    }

    private static final String SELECT = """
            SELECT r.id, r.title, r.opens_on, r.closes_on, r.guidance, r.announced_at,
                   (SELECT COUNT(*) FROM municipal_issue i WHERE i.round_id = r.id AND i.submitted_at IS NOT NULL) AS issues
            FROM issue_round r""";

    private static IssueRound map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp announced = rs.getTimestamp("announced_at");
        return new IssueRound(rs.getLong("id"), rs.getString("title"), rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(), rs.getString("guidance"),
                announced == null ? null : announced.toInstant(), rs.getInt("issues"));
    }
}
