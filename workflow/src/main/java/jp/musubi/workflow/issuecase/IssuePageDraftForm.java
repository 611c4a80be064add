package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.Paragraphs;
import jp.musubi.cms.content.ContentService;
import jp.musubi.workflow.inbox.FormField;
import jp.musubi.workflow.inbox.FormInput;
import jp.musubi.workflow.inbox.TaskForm;

/**
 * 課題ページ作成: the issue page typed as plain text (paragraphs become {@code <p>}); a draft that the
 * prefecture returned is shown again from its current revision, else the case's title and summary.
 */
final class IssuePageDraftForm {

    static final String FORM_KEY = "issue-page-draft";
    /** The values the issues content type allows for {@code scope}. */
    static final String[] SCOPES = {"wide-area", "common", "local"};
    static final int MAX_TAGS = 10;
    static final int MAX_TAG_LENGTH = 30;

    private IssuePageDraftForm() {
    }

    static TaskForm create(IssuePages pages, IssueCases cases, ContentService content) {
        List<FormField> fields = List.of(FormField.line("title", true, 200), FormField.text("summary", true, 400),
                FormField.text("background", true, 4000), FormField.text("currentSituation", true, 4000),
                FormField.text("direction", false, 4000), FormField.line("tags", false, 400),
                FormField.select("scope", false, SCOPES), FormField.date("proposalDeadline", true));
        TaskForm.Submitter submitter = in -> {
            String title = in.requiredText("title", 200);
            String summary = in.requiredText("summary", 400);
            String background = in.requiredText("background", 4000);
            String situation = in.requiredText("currentSituation", 4000);
            String direction = in.optionalText("direction", 4000);
            List<String> tags = tags(in);
            String scope = in.optionalChoice("scope", SCOPES);
            LocalDate deadline = in.date("proposalDeadline");
            in.checkParsed();
            pages.draft(in.caseId(IssueCases.CASE_ID), in.taskId(), new IssuePageDraft(title, summary,
                    Paragraphs.toHtml(background), Paragraphs.toHtml(situation), Paragraphs.toHtml(direction),
                    tags, scope, deadline), in.user());
        };
        return new TaskForm(FORM_KEY, fields, submitter, null, variables -> prefill(variables, cases, content));
    }

    /** 、 or comma separated; blanks dropped, duplicates once. */
    private static List<String> tags(FormInput in) {
        String value = in.text("tags");
        if (value == null) {
            return List.of();
        }
        List<String> tags = Arrays.stream(value.split("[、,，]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (tags.size() > MAX_TAGS) {
            in.refuse("tags", TEXTS.get("issuecase.page.tags.tooMany", MAX_TAGS));
        } else if (tags.stream().anyMatch(t -> t.length() > MAX_TAG_LENGTH)) {
            in.refuse("tags", TEXTS.get("issuecase.page.tags.tooLong", MAX_TAG_LENGTH));
        }
        return tags;
    }

    private static Map<String, String> prefill(Map<String, Object> variables, IssueCases cases, ContentService content) {
        if (!(variables.get(IssueCases.CASE_ID) instanceof Number caseId)) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        var draft = content.find(IssuePages.WORKSPACE, IssuePages.pageName(caseId.longValue()));
        if (draft.isPresent()) {
            Map<String, Object> properties = draft.get().properties();
            put(values, "title", properties.get("title"));
            put(values, "summary", properties.get("summary"));
            put(values, "background", Paragraphs.toText(properties.get("background")));
            put(values, "currentSituation", Paragraphs.toText(properties.get("currentSituation")));
            put(values, "direction", Paragraphs.toText(properties.get("direction")));
            if (properties.get("tags") instanceof List<?> tags) {
                put(values, "tags", String.join("、", tags.stream().map(String::valueOf).toList()));
            }
            put(values, "scope", properties.get("scope"));
            put(values, "proposalDeadline", properties.get("proposalDeadline"));
        } else {
            cases.find(caseId.longValue()).ifPresent(issueCase -> {
                put(values, "title", issueCase.title());
                put(values, "summary", issueCase.summary());
            });
        }
        return values;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            values.put(name, value.toString());
        }
    }
}
