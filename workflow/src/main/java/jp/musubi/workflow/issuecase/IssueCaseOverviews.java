package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.content.PublishedContent;
import org.flowable.engine.HistoryService;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only views of issue cases for the municipal area: a municipality's own cases with their
 * decisions, and the selected cases that collect other municipalities' participation intent.
 */
@Service
@Transactional(readOnly = true)
public class IssueCaseOverviews {

    private final JdbcClient jdbc;
    private final IssueCaseRepository cases;
    private final ProposalRepository proposals;
    private final PublishedContent published;
    private final HistoryService history;

    IssueCaseOverviews(JdbcClient jdbc, IssueCaseRepository cases, ProposalRepository proposals, PublishedContent published,
                       HistoryService history) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.proposals = proposals;
        this.published = published;
        this.history = history;
    }

    /** The cases submitted for {@code municipality}, newest first. */
    public List<IssueCase> forMunicipality(String municipality) {
        List<Long> ids = jdbc.sql("SELECT id FROM issue_case WHERE municipality = ? ORDER BY created_at DESC, id DESC")
                .param(municipality).query(Long.class).list();
        return ids.stream().map(cases::find).flatMap(Optional::stream).toList();
    }

    /** The cases collecting participation intent now, with their deadline, oldest deadline first. */
    public List<IntentRequest> collectingIntent() {
        return jdbc.sql("""
                SELECT id, participation_deadline FROM issue_case WHERE status = ?
                ORDER BY participation_deadline, id""").param(IssueCaseStatus.COLLECTING_INTENT.name())
                .query((rs, n) -> Map.entry(rs.getLong(1), Optional.ofNullable(rs.getDate(2)).map(Date::toLocalDate)))
                .list().stream()
                .map(row -> new IntentRequest(cases.find(row.getKey()).orElseThrow(), row.getValue().orElse(null)))
                .toList();
    }

    public Optional<CaseProgress> progress(long caseId) {
        return cases.find(caseId).map(this::progress);
    }

    private CaseProgress progress(IssueCase issueCase) {
        Map<String, Object> row = jdbc.sql("""
                SELECT handling_decision, handling_comment, hearing_points, direction_clear, workshop_notes,
                       score_suitability, selection_comment, participation_deadline, meeting_comment
                FROM issue_case WHERE id = ?""").param(issueCase.id()).query().singleRow();
        Map<String, Instant> ended = new java.util.HashMap<>();
        if (issueCase.processInstanceId() != null) {
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                    .processInstanceId(issueCase.processInstanceId()).finished().orderByHistoricTaskInstanceEndTime().asc().list()) {
                ended.put(task.getTaskDefinitionKey(), task.getEndTime().toInstant());
            }
        }
        List<CaseDecision> decisions = new ArrayList<>();
        Object handling = row.get("handling_decision");
        if (handling != null) {
            decisions.add(new CaseDecision(TEXTS.get("issuecase.step.handlingDecision"),
                    IssueDecision.valueOf(handling.toString()).label(), text(row, "handling_comment"), ended.get("handlingDecision")));
        }
        Object clear = row.get("direction_clear");
        if (clear != null) {
            decisions.add(new CaseDecision(TEXTS.get("issuecase.step.issueHearing"),
                    TEXTS.get(Boolean.TRUE.equals(clear) ? "issuecase.decision.directionClear" : "issuecase.decision.directionUnclear"),
                    text(row, "hearing_points"), ended.get("issueHearing")));
        }
        if (row.get("workshop_notes") != null) {
            decisions.add(new CaseDecision(TEXTS.get("issuecase.step.ideaWorkshop"), TEXTS.get("issuecase.step.ideaWorkshop"),
                    text(row, "workshop_notes"), ended.get("ideaWorkshop")));
        }
        if (row.get("score_suitability") != null) {
            boolean selected = issueCase.status() != IssueCaseStatus.NOT_SELECTED;
            decisions.add(new CaseDecision(TEXTS.get("issuecase.step.issueSelection"),
                    TEXTS.get(selected ? "issuecase.decision.selected" : "issuecase.decision.notSelected"),
                    text(row, "selection_comment"), ended.get("issueSelection")));
        }
        if (row.get("meeting_comment") != null || ended.containsKey("selectionMeeting")) {
            decisions.add(new CaseDecision(TEXTS.get("issuecase.step.selectionMeeting"), TEXTS.get("issuecase.decision.meeting"),
                    text(row, "meeting_comment"), ended.get("selectionMeeting")));
        }
        Object deadline = row.get("participation_deadline");
        LocalDate participationDeadline = deadline instanceof LocalDate d ? d
                : deadline instanceof java.util.Date d ? new Date(d.getTime()).toLocalDate() : null;
        LocalDate due = switch (issueCase.status()) {
            case COLLECTING_INTENT -> participationDeadline;
            case RECRUITING -> issueCase.proposalDeadline();
            default -> null;
        };
        boolean pagePublished = issueCase.pageName() != null && published.find(IssuePages.WORKSPACE, issueCase.pageName()).isPresent();
        return new CaseProgress(issueCase, List.copyOf(decisions), due, participationDeadline, pagePublished,
                proposals.forCase(issueCase.id()).size());
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    /** A selected case waiting for other municipalities' participation intent until {@code deadline}. */
    public record IntentRequest(IssueCase issueCase, LocalDate deadline) {
    }
}
