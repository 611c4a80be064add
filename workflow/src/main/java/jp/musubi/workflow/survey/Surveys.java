package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's builder: a survey's title, period and introduction, its questions (each with a
 * stable key), and copies (last year's survey as a new draft keeping the keys). Questions are fixed
 * once the invitations went out, so every answer belongs to the same questionnaire.
 */
@Service
public class Surveys {

    static final int MAX_TITLE = 200;
    static final int MAX_INTRO = 4000;
    static final int MAX_QUESTION = 500;
    static final int MAX_CHOICE = 200;
    static final int MAX_CHOICES = 30;
    static final int MAX_LABEL = 100;
    static final int MAX_TEXT_LENGTH = 8000;
    static final int MAX_SCALE = 10;

    private final SurveyStore store;
    private final SurveyProperties properties;
    private final Clock clock;

    Surveys(SurveyStore store, SurveyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The settings form's values. */
    public record Settings(String title, String intro, String opensOn, String closesOn, boolean programSurvey) {
    }

    @Transactional(readOnly = true)
    public Optional<Survey> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public List<Survey> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long surveyId) {
        return store.questions(surveyId);
    }

    /** @throws InputRefused with the Japanese messages; nothing stored */
    @Transactional
    public long create(Settings settings, String by) {
        Checked checked = check(settings);
        return store.insertSurvey(checked.title, checked.intro, checked.opensOn, checked.closesOn, settings.programSurvey(), null,
                by, clock.instant());
    }

    @Transactional
    public void update(Survey survey, Settings settings) {
        Checked checked = check(settings);
        store.updateSurvey(survey.id(), checked.title, checked.intro, checked.opensOn, checked.closesOn, settings.programSurvey());
    }

    /**
     * A new draft with the same questions and keys (the period of the next year), no targets and no answers;
     * its results compare with the original's per question key.
     */
    @Transactional
    public long copy(Survey original, String by) {
        long id = store.insertSurvey(TEXTS.get("survey.copy.title", original.title()), original.intro(),
                original.opensOn().plusYears(1), original.closesOn().plusYears(1), original.programSurvey(), original.id(), by,
                clock.instant());
        for (Question question : store.questions(original.id())) {
            store.insertQuestion(id, question);
        }
        return id;
    }

    /** @throws InputRefused with one message per wrong field (names as in the form); nothing stored */
    @Transactional
    public String addQuestion(Survey survey, Map<String, String> form) {
        if (survey.invited()) {
            throw InputRefused.general(TEXTS.get("survey.question.fixed"));
        }
        List<Question> existing = store.questions(survey.id());
        InputChecks checks = new InputChecks();
        String kindName = checks.choice("kind", TEXTS.get("survey.question.kind"), form.get("kind"),
                List.of("SINGLE", "MULTIPLE", "SCALE", "TEXT"));
        QuestionKind kind = checks.has("kind") ? null : QuestionKind.valueOf(kindName);
        String text = checks.required("text", TEXTS.get("survey.question.text"), form.get("text"), MAX_QUESTION);
        boolean required = "true".equals(form.get("required")) || "on".equals(form.get("required"));
        List<String> choices = List.of();
        Integer scaleMin = null;
        Integer scaleMax = null;
        String minLabel = null;
        String maxLabel = null;
        Integer maxLength = null;
        if (kind != null && kind.hasChoices()) {
            choices = choices(checks, form.get("choices"));
        } else if (kind == QuestionKind.SCALE) {
            scaleMin = number(checks, "scaleMin", TEXTS.get("survey.question.scaleMin"), form.get("scaleMin"), 1, 0, MAX_SCALE);
            scaleMax = number(checks, "scaleMax", TEXTS.get("survey.question.scaleMax"), form.get("scaleMax"), 5, 1, MAX_SCALE);
            if (scaleMin != null && scaleMax != null && scaleMin >= scaleMax) {
                checks.add("scaleMax", TEXTS.get("survey.question.scaleOrder"));
            }
            minLabel = checks.optional("minLabel", TEXTS.get("survey.question.minLabel"), form.get("minLabel"), MAX_LABEL);
            maxLabel = checks.optional("maxLabel", TEXTS.get("survey.question.maxLabel"), form.get("maxLabel"), MAX_LABEL);
        } else if (kind == QuestionKind.TEXT) {
            maxLength = number(checks, "maxLength", TEXTS.get("survey.question.maxLength"), form.get("maxLength"),
                    properties.defaultMaxLength(), 1, MAX_TEXT_LENGTH);
        }
        String shownIfKey = InputChecks.clean(form.get("shownIfKey"));
        String shownIfValue = InputChecks.clean(form.get("shownIfValue"));
        if (shownIfKey != null) {
            Optional<Question> earlier = existing.stream().filter(q -> q.key().equals(shownIfKey)).findFirst();
            if (earlier.isEmpty() || earlier.get().kind() == QuestionKind.TEXT) {
                checks.add("shownIfKey", TEXTS.get("survey.question.shownIfKey.invalid"));
            } else if (shownIfValue == null || !earlier.get().options().contains(shownIfValue)) {
                checks.add("shownIfValue", TEXTS.get("survey.question.shownIfValue.invalid"));
            }
        } else if (shownIfValue != null) {
            checks.add("shownIfKey", TEXTS.get("survey.question.shownIfKey.missing"));
        }
        checks.throwIfAny();
        String key = nextKey(existing);
        int position = existing.stream().mapToInt(Question::position).max().orElse(0) + 1;
        store.insertQuestion(survey.id(), new Question(key, position, kind, text, required, choices, scaleMin, scaleMax,
                minLabel, maxLabel, maxLength, shownIfKey, shownIfKey == null ? null : shownIfValue));
        return key;
    }

    /** @return false when there was no such question; refused once the invitations went out or when another depends on it */
    @Transactional
    public boolean removeQuestion(Survey survey, String key) {
        if (survey.invited()) {
            throw InputRefused.general(TEXTS.get("survey.question.fixed"));
        }
        if (store.questions(survey.id()).stream().anyMatch(q -> key.equals(q.shownIfKey()))) {
            throw InputRefused.general(TEXTS.get("survey.question.dependedOn"));
        }
        return store.deleteQuestion(survey.id(), key) > 0;
    }

    private static List<String> choices(InputChecks checks, String text) {
        Set<String> choices = new LinkedHashSet<>();
        boolean tooLong = false;
        if (text != null) {
            for (String line : text.split("\\R")) {
                String choice = InputChecks.clean(line);
                if (choice != null) {
                    tooLong |= choice.codePointCount(0, choice.length()) > MAX_CHOICE;
                    choices.add(choice);
                }
            }
        }
        if (choices.size() < 2) {
            checks.add("choices", TEXTS.get("survey.question.choices.few"));
        } else if (choices.size() > MAX_CHOICES) {
            checks.add("choices", TEXTS.get("survey.question.choices.many", MAX_CHOICES));
        } else if (tooLong) {
            checks.add("choices", TEXTS.get("survey.question.choices.long", MAX_CHOICE));
        }
        return new ArrayList<>(choices);
    }

    private static Integer number(InputChecks checks, String field, String label, String value, int fallback, int min, int max) {
        String cleaned = InputChecks.clean(value);
        if (cleaned == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(cleaned);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        checks.add(field, TEXTS.get("survey.question.number", label, min, max));
        return null;
    }

    private static String nextKey(List<Question> existing) {
        int highest = 0;
        for (Question question : existing) {
            if (question.key().matches("q[0-9]{1,6}")) {
                highest = Math.max(highest, Integer.parseInt(question.key().substring(1)));
            }
        }
        return "q" + (highest + 1);
    }

    private record Checked(String title, String intro, LocalDate opensOn, LocalDate closesOn) {
    }

    private static Checked check(Settings settings) {
        InputChecks checks = new InputChecks();
        String title = checks.required("title", TEXTS.get("survey.field.title"), settings.title(), MAX_TITLE);
        checks.singleLine("title", TEXTS.get("survey.field.title"), settings.title());
        String intro = checks.optional("intro", TEXTS.get("survey.field.intro"), settings.intro(), MAX_INTRO);
        LocalDate opensOn = day(checks, "opensOn", TEXTS.get("survey.field.opensOn"), settings.opensOn());
        LocalDate closesOn = day(checks, "closesOn", TEXTS.get("survey.field.closesOn"), settings.closesOn());
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            checks.add("closesOn", TEXTS.get("survey.field.closesBeforeOpens"));
        }
        checks.throwIfAny();
        return new Checked(title, intro, opensOn, closesOn);
    }

    private static LocalDate day(InputChecks checks, String field, String label, String value) {
        String cleaned = checks.required(field, label, value, 10);
        if (cleaned == null || checks.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(cleaned);
        } catch (DateTimeParseException e) {
            checks.add(field, TEXTS.get("survey.field.date", label));
            return null;
        }
    }
}
