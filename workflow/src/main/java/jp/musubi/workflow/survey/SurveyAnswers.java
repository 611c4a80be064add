package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers through the personal link: the link opens the target's own answers only; an answer is
 * checked against the questions (required, shown-only-if, valid choices, free-text length) and stored
 * whole, changeable until the close. An unknown link or a closed survey stores nothing.
 */
@Service
public class SurveyAnswers {

    /** Form field of a question's answer: {@code q-<key>}. */
    static final String FIELD = "q-";

    private final SurveyStore store;
    private final Clock clock;

    SurveyAnswers(SurveyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Why a link cannot be used now. */
    public enum Unusable {
        UNKNOWN, NOT_YET_OPEN, CLOSED
    }

    /** The link cannot be used; nothing was stored. */
    public static class LinkUnusable extends RuntimeException {
        private final Unusable reason;
        private final transient Survey survey;

        LinkUnusable(Unusable reason, Survey survey) {
            super(reason.name());
            this.reason = reason;
            this.survey = survey;
        }

        public Unusable reason() {
            return reason;
        }

        /** The survey (for its title on the page), or null for an unknown link. */
        public Survey survey() {
            return survey;
        }
    }

    /** What the answer page shows: the survey, its questions and the target's own stored answers. */
    public record Opened(Survey survey, List<Question> questions, SurveyTarget target, Map<String, List<String>> answers) {
    }

    @Transactional(readOnly = true)
    public Opened open(String token) {
        SurveyTarget target = usableTarget(token);
        Survey survey = store.find(target.surveyId()).orElseThrow();
        return new Opened(survey, store.questions(survey.id()), target, store.answersOf(target.id()));
    }

    /**
     * @param form the posted values per field ({@code q-<key>}, several for multiple choice)
     * @throws LinkUnusable when the link is unknown or the survey not open; nothing stored
     * @throws InputRefused one Japanese message per wrong answer (field {@code q-<key>}); nothing stored
     * @return true when this was the target's first answer, false for a change
     */
    @Transactional
    public boolean submit(String token, Map<String, List<String>> form) {
        SurveyTarget target = usableTarget(token);
        List<Question> questions = store.questions(target.surveyId());
        Map<String, List<String>> answers = check(questions, form);
        store.saveAnswers(target, answers, clock.instant());
        return target.answeredAt() == null;
    }

    /** The answers to keep, by question key; hidden questions' answers are dropped. */
    static Map<String, List<String>> check(List<Question> questions, Map<String, List<String>> form) {
        InputChecks checks = new InputChecks();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            String field = FIELD + question.key();
            if (question.conditional()) {
                List<String> earlier = answers.getOrDefault(question.shownIfKey(), List.of());
                if (!earlier.contains(question.shownIfValue())) {
                    continue;
                }
            }
            List<String> values = new ArrayList<>();
            for (String value : form.getOrDefault(field, List.of())) {
                String cleaned = question.kind() == QuestionKind.TEXT ? textValue(value) : InputChecks.clean(value);
                if (cleaned != null) {
                    values.add(cleaned);
                }
            }
            if (values.isEmpty()) {
                checks.check(!question.required(), field, TEXTS.get("survey.answer.required", question.text()));
                continue;
            }
            switch (question.kind()) {
                case SINGLE, SCALE -> {
                    if (values.size() != 1 || !question.options().contains(values.get(0))) {
                        checks.add(field, TEXTS.get("survey.answer.notAnOption", question.text()));
                    }
                }
                case MULTIPLE -> {
                    values = new ArrayList<>(new LinkedHashSet<>(values));
                    if (!question.options().containsAll(values)) {
                        checks.add(field, TEXTS.get("survey.answer.notAnOption", question.text()));
                    }
                }
                case TEXT -> {
                    String text = values.get(0);
                    int max = question.maxLength() == null ? Surveys.MAX_TEXT_LENGTH : question.maxLength();
                    if (values.size() != 1) {
                        checks.add(field, TEXTS.get("survey.answer.notAnOption", question.text()));
                    } else if (text.codePointCount(0, text.length()) > max) {
                        checks.add(field, TEXTS.get("survey.answer.tooLong", question.text(), max,
                                text.codePointCount(0, text.length())));
                    }
                }
                default -> throw new IllegalStateException(question.kind().name());
            }
            if (!checks.has(field)) {
                answers.put(question.key(), values);
            }
        }
        checks.throwIfAny();
        return answers;
    }

    /** Free text keeps its line breaks (stored one line per value would split it): joined lines, stripped. */
    private static String textValue(String value) {
        String cleaned = InputChecks.clean(value);
        return cleaned == null ? null : cleaned.replace("\r\n", "\n").replace('\r', '\n');
    }

    private SurveyTarget usableTarget(String token) {
        if (token == null || token.length() > 64) {
            throw new LinkUnusable(Unusable.UNKNOWN, null);
        }
        SurveyTarget target = store.byToken(token).orElseThrow(() -> new LinkUnusable(Unusable.UNKNOWN, null));
        Survey survey = store.find(target.surveyId()).orElseThrow(() -> new LinkUnusable(Unusable.UNKNOWN, null));
        LocalDate today = JapaneseTimes.today(clock);
        if (survey.closedOn(today)) {
            throw new LinkUnusable(Unusable.CLOSED, survey);
        }
        if (!survey.acceptsAnswersOn(today)) {
            throw new LinkUnusable(Unusable.NOT_YET_OPEN, survey);
        }
        return target;
    }
}
