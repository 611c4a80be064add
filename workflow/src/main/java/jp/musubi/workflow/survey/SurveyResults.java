package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live answer rate against the target and the results per question, each compared with the answers
 * to the question with the same key in the survey it was copied from (last year's). Staff pages only.
 */
@Service
public class SurveyResults {

    static final int BAR_MAX = 240;
    static final int ROW_HEIGHT = 22;
    static final int LABEL_WIDTH = 0;

    private final SurveyStore store;
    private final SurveyProperties properties;

    SurveyResults(SurveyStore store, SurveyProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * The answer rate: answered targets against all targets (those not yet invited included, as the target
     * list is what the rate is judged on).
     */
    public record Rate(long targets, long invited, long answered, int goalPercent) {

        /** Percent with one decimal, e.g. 20.0. */
        public double percent() {
            return targets == 0 ? 0 : Math.round(answered * 1000.0 / targets) / 10.0;
        }

        public String percentText() {
            return TEXTS.get("survey.rate.percent", String.format(java.util.Locale.ROOT, "%.1f", percent()));
        }

        public boolean reached() {
            return targets > 0 && answered * 100 >= (long) goalPercent * targets;
        }

        /** Answers still needed to reach the goal. */
        public long missing() {
            long needed = (goalPercent * targets + 99) / 100;
            return Math.max(0, needed - answered);
        }

        /** Bar widths (of 300) for the gauge: the rate and the goal's mark. */
        public int barWidth() {
            return (int) Math.round(Math.min(100, percent()) * 3);
        }

        public int goalX() {
            return goalPercent * 3;
        }
    }

    /** One value of a question: this survey's count and share, the earlier survey's (null without one), with the bars laid out. */
    public record OptionRow(String option, int count, int percent, Integer previousCount, Integer previousPercent, int y,
                            int barWidth, int previousBarWidth) {
    }

    /**
     * One question's results.
     *
     * @param respondents         who answered it
     * @param previousRespondents who answered the question with this key in the earlier survey, or null
     * @param texts               free-text answers (no organization named)
     */
    public record QuestionResult(Question question, int respondents, Integer previousRespondents, List<OptionRow> rows,
                                 List<String> texts, boolean compared) {

        public int chartHeight() {
            return Math.max(1, rows.size()) * ROW_HEIGHT * (compared ? 2 : 1) + 10;
        }
    }

    public record Results(Survey survey, Rate rate, Survey previous, List<QuestionResult> questions) {
    }

    @Transactional(readOnly = true)
    public Rate rate(long surveyId) {
        long[] counts = store.counts(surveyId);
        return new Rate(counts[0], counts[1], counts[2], properties.responseRateTarget());
    }

    @Transactional(readOnly = true)
    public Results results(Survey survey) {
        Optional<Survey> previous = survey.copiedFrom() == null ? Optional.empty() : store.find(survey.copiedFrom());
        List<SurveyStore.StoredAnswers> answers = store.answers(survey.id());
        Map<String, Question> previousQuestions = new LinkedHashMap<>();
        List<SurveyStore.StoredAnswers> previousAnswers = List.of();
        if (previous.isPresent()) {
            store.questions(previous.get().id()).forEach(q -> previousQuestions.put(q.key(), q));
            previousAnswers = store.answers(previous.get().id());
        }
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : store.questions(survey.id())) {
            Question earlier = previousQuestions.get(question.key());
            results.add(result(question, answers, earlier, earlier == null ? null : previousAnswers));
        }
        return new Results(survey, rate(survey.id()), previous.orElse(null), results);
    }

    private static QuestionResult result(Question question, List<SurveyStore.StoredAnswers> answers, Question earlier,
                                         List<SurveyStore.StoredAnswers> earlierAnswers) {
        boolean compared = earlier != null;
        int respondents = respondents(question.key(), answers);
        Integer previousRespondents = compared ? respondents(question.key(), earlierAnswers) : null;
        if (question.kind() == QuestionKind.TEXT) {
            List<String> texts = answers.stream().map(a -> a.answers().get(question.key())).filter(v -> v != null && !v.isEmpty())
                    .map(v -> String.join("\n", v)).toList();
            return new QuestionResult(question, respondents, previousRespondents, List.of(), texts, compared);
        }
        List<String> options = new ArrayList<>(question.options());
        if (compared) {
            earlier.options().stream().filter(o -> !options.contains(o)).forEach(options::add);
        }
        Map<String, Integer> counts = counts(question.key(), answers);
        Map<String, Integer> previousCounts = compared ? counts(question.key(), earlierAnswers) : Map.of();
        List<OptionRow> rows = new ArrayList<>();
        int y = 0;
        for (String option : options) {
            int count = counts.getOrDefault(option, 0);
            int percent = percent(count, respondents);
            Integer previousCount = compared ? previousCounts.getOrDefault(option, 0) : null;
            Integer previousPercent = compared ? percent(previousCount, previousRespondents) : null;
            rows.add(new OptionRow(option, count, percent, previousCount, previousPercent, y, percent * BAR_MAX / 100,
                    previousPercent == null ? 0 : previousPercent * BAR_MAX / 100));
            y += ROW_HEIGHT * (compared ? 2 : 1);
        }
        return new QuestionResult(question, respondents, previousRespondents, rows, List.of(), compared);
    }

    private static int respondents(String key, List<SurveyStore.StoredAnswers> answers) {
        return (int) answers.stream().filter(a -> a.answers().containsKey(key)).count();
    }

    private static Map<String, Integer> counts(String key, List<SurveyStore.StoredAnswers> answers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SurveyStore.StoredAnswers answer : answers) {
            for (String value : answer.answers().getOrDefault(key, List.of())) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int percent(int count, Integer of) {
        return of == null || of == 0 ? 0 : (int) Math.round(count * 100.0 / of);
    }
}
