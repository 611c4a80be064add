package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetRejectedException;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.asset.AssetType;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.issuecase.AttachmentUpload;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 課題の応募: a municipality's issue is saved as a draft (with up to {@value #MAX_ATTACHMENTS} related
 * documents checked by content), then submitted, which starts the issue-to-matching case through
 * {@link IssueCases#submit} with the account's municipality. Every refusal stores nothing.
 */
@Service
@Transactional
public class MunicipalIssues {

    public static final int MAX_ATTACHMENTS = 3;
    static final int MAX_TITLE = 200;
    static final int MAX_DEPARTMENT = 100;
    /** The issue page's 概要 takes 400 characters; the case gets the same text. */
    static final int MAX_SUMMARY = 400;
    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final List<String> SCOPES = List.of("local", "wide-area", "common");
    /** PDF and the common image kinds, as for proposals; checked on the bytes by the asset service. */
    static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");
    /** Key prefixes of the scope and field labels. */
    private static final String SCOPE_LABEL = "municipal.scope.";
    private static final String FIELD_LABEL = "municipal.issue.label.";
    private static final Pattern PHONE = Pattern.compile("(\\+81[- ]?|0)[0-9]{1,4}(-?[0-9]{1,4}){1,2}-?[0-9]{3,4}");

    private final MunicipalIssueRepository issues;
    private final IssueRounds rounds;
    private final IssueCases cases;
    private final AssetService assets;
    private final Clock clock;

    MunicipalIssues(MunicipalIssueRepository issues, IssueRounds rounds, IssueCases cases, AssetService assets, Clock clock) {
        this.issues = issues;
        this.rounds = rounds;
        this.cases = cases;
        this.assets = assets;
        this.clock = clock;
    }

    /**
     * Saves a new draft ({@code id} null) or the next version of one.
     *
     * @param remove positions of attached files to take off
     * @return the draft's id
     * @throws InputRefused with Japanese messages by field; nothing is stored
     */
    public long saveDraft(Long id, Integer version, Account account, IssueDraftInput input, List<AttachmentUpload> files,
                          Set<Integer> remove) {
        String municipality = requireMunicipality(account);
        IssueDraftInput clean = check(input, false);
        Instant now = clock.instant();
        long draftId;
        List<IssueAttachment> kept;
        if (id == null) {
            draftId = issues.insert(municipality, clean, account.username(), now);
            kept = List.of();
        } else {
            MunicipalIssue existing = own(id, municipality);
            if (existing.submitted() || version == null || version != existing.version()
                    || !issues.update(id, version, clean, now)) {
                throw InputRefused.general(TEXTS.get("municipal.issue.stale"));
            }
            for (IssueAttachment attachment : existing.attachments()) {
                if (remove.contains(attachment.position())) {
                    issues.removeAttachment(id, attachment.position());
                }
            }
            kept = existing.attachments().stream().filter(a -> !remove.contains(a.position())).toList();
            draftId = id;
        }
        attach(draftId, kept, files, account.username());
        return draftId;
    }

    /**
     * Submits the draft at {@code version}: every field is checked as required, the chosen round must
     * be open today, and the case starts.
     *
     * @return the issue case id
     */
    public long submit(long id, Integer version, Account account) {
        String municipality = requireMunicipality(account);
        MunicipalIssue issue = own(id, municipality);
        if (issue.submitted() || version == null || version != issue.version()) {
            throw InputRefused.general(TEXTS.get("municipal.issue.stale"));
        }
        IssueDraftInput in = check(issue.input(), true);
        if (in.roundId() != null) {
            IssueRound round = rounds.find(in.roundId())
                    .orElseThrow(() -> InputRefused.of("roundId", TEXTS.get("municipal.issue.round.unknown")));
            if (!round.openOn(rounds.today())) {
                throw InputRefused.of("roundId", TEXTS.get("municipal.issue.round.notOpen", round.title(),
                        TEXTS.get("municipal.rounds.period", jp.musubi.cms.common.JapaneseTimes.dateWithWeekday(round.opensOn()),
                                jp.musubi.cms.common.JapaneseTimes.dateWithWeekday(round.closesOn()))));
            }
        } else if (!rounds.openToday().isEmpty()) {
            throw InputRefused.of("roundId", TEXTS.get("municipal.issue.round.choose"));
        }
        long caseId = cases.submit(new NewIssue(in.title(), municipality, in.department(), caseSummary(in),
                account.username(), in.contactName(), in.contactEmail()));
        if (!issues.markSubmitted(id, version, caseId, clock.instant())) {
            throw InputRefused.general(TEXTS.get("municipal.issue.stale"));
        }
        return caseId;
    }

    /** The municipality's own issue (draft or submitted); another municipality's is "not found". */
    @Transactional(readOnly = true)
    public Optional<MunicipalIssue> find(long id, String municipality) {
        return issues.find(id).filter(issue -> issue.municipality().equals(municipality));
    }

    /**
     * A related document of an issue: for the issue's own municipality (drafts too) and, once submitted,
     * for the staff (PREF_STAFF, SECRETARIAT); empty for anyone else, as for a document that does not exist.
     *
     * @param municipality the reader's municipality, or null
     */
    @Transactional(readOnly = true)
    public Optional<Asset> attachment(long id, int position, String municipality, boolean staff) {
        return issues.find(id)
                .filter(issue -> issue.municipality().equals(municipality) || staff && issue.submitted())
                .flatMap(issue -> issue.attachments().stream().filter(a -> a.position() == position).findFirst())
                .flatMap(a -> assets.find(a.assetId()));
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalIssue> forCase(long caseId) {
        return issues.forCase(caseId);
    }

    @Transactional(readOnly = true)
    public List<MunicipalIssue> drafts(String municipality) {
        return issues.drafts(municipality);
    }

    private MunicipalIssue own(long id, String municipality) {
        return find(id, municipality).orElseThrow(() -> InputRefused.general(TEXTS.get("municipal.issue.notFound")));
    }

    private static String requireMunicipality(Account account) {
        if (account.municipality() == null || account.municipality().isBlank()) {
            throw InputRefused.general(TEXTS.get("municipal.account.noMunicipality"));
        }
        return account.municipality();
    }

    /** The case's 概要: the summary with the background, the situation and the direction, so the 取扱判断 sees the whole issue. */
    private static String caseSummary(IssueDraftInput in) {
        StringBuilder text = new StringBuilder(in.summary());
        append(text, "municipal.issue.label.background", in.background());
        append(text, "municipal.issue.label.currentSituation", in.currentSituation());
        append(text, "municipal.issue.label.direction", in.direction());
        text.append("\n\n").append(TEXTS.get("municipal.issue.caseSummary.scope", TEXTS.get(SCOPE_LABEL + in.scope())));
        return text.toString();
    }

    private static void append(StringBuilder text, String labelKey, String value) {
        if (value != null) {
            text.append("\n\n").append(TEXTS.get("municipal.issue.caseSummary.heading", TEXTS.get(labelKey))).append('\n').append(value);
        }
    }

    private static IssueDraftInput check(IssueDraftInput in, boolean complete) {
        InputChecks checks = new InputChecks();
        String title = checks.required("title", TEXTS.get("municipal.issue.label.title"), in.title(), MAX_TITLE);
        checks.singleLine("title", TEXTS.get("municipal.issue.label.title"), in.title());
        String department = text(checks, complete, "department", in.department(), MAX_DEPARTMENT);
        String summary = text(checks, complete, "summary", in.summary(), MAX_SUMMARY);
        String background = text(checks, complete, "background", in.background(), MAX_TEXT);
        String situation = text(checks, complete, "currentSituation", in.currentSituation(), MAX_TEXT);
        String direction = checks.optional("direction", TEXTS.get("municipal.issue.label.direction"), in.direction(), MAX_TEXT);
        String scope = InputChecks.clean(in.scope());
        if (complete || scope != null) {
            scope = checks.choice("scope", TEXTS.get("municipal.issue.label.scope"), scope, SCOPES);
        }
        String contactName = text(checks, complete, "contactName", in.contactName(), MAX_NAME);
        String contactEmail = complete ? checks.email("contactEmail", in.contactEmail())
                : checks.emailFormat("contactEmail", checks.optional("contactEmail",
                TEXTS.get("municipal.issue.label.contactEmail"), in.contactEmail(), MAX_EMAIL));
        String phone = checks.optional("contactPhone", TEXTS.get("municipal.issue.label.contactPhone"), in.contactPhone(), 30);
        checks.matches("contactPhone", phone, PHONE, TEXTS.get("municipal.issue.contactPhone.invalid"));
        checks.throwIfAny();
        return new IssueDraftInput(title, department, summary, background, situation, direction, scope, contactName,
                contactEmail, phone, in.roundId());
    }

    private static String text(InputChecks checks, boolean required, String field, String value, int max) {
        String label = TEXTS.get(FIELD_LABEL + field);
        return required ? checks.required(field, label, value, max) : checks.optional(field, label, value, max);
    }

    private void attach(long id, List<IssueAttachment> kept, List<AttachmentUpload> files, String user) {
        if (kept.size() + files.size() > MAX_ATTACHMENTS) {
            throw InputRefused.of("attachments", TEXTS.get("municipal.attachment.tooMany", MAX_ATTACHMENTS));
        }
        List<Integer> free = new ArrayList<>();
        for (int position = 1; position <= MAX_ATTACHMENTS; position++) {
            int p = position;
            if (kept.stream().noneMatch(a -> a.position() == p)) {
                free.add(position);
            }
        }
        for (int i = 0; i < files.size(); i++) {
            AttachmentUpload file = files.get(i);
            String which = files.size() == 1 ? TEXTS.get("municipal.attachment.single") : TEXTS.get("municipal.attachment.nth", i + 1);
            String shownName = file.filename() == null || file.filename().isBlank() ? ""
                    : TEXTS.get("municipal.attachment.name", file.filename());
            Asset asset;
            try (InputStream in = file.content().getInputStream()) {
                asset = assets.uploadRestricted(file.filename(), in, user);
            } catch (AssetRejectedException e) {
                throw InputRefused.of("attachments", TEXTS.get("municipal.attachment.rejected", which, shownName,
                        e.getMessage().replace(AssetType.ALLOWED_LABEL, TEXTS.get("municipal.attachment.allowedTypes"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!ATTACHMENT_TYPES.contains(asset.mediaType())) {
                throw InputRefused.of("attachments", TEXTS.get("municipal.attachment.wrongType", which, shownName));
            }
            issues.addAttachment(id, new IssueAttachment(id, free.get(i), asset.id(), asset.filename()));
        }
    }
}
