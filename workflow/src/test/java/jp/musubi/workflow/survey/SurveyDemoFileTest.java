package jp.musubi.workflow.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.musubi.cms.demo.DemoDataReader;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Kumamoto's surveys.yml, read with the loader's own records: its targets are members of organizations.yml and
 * every answer passes the same checks as an answer sent through the personal link (choices, required, shown-only-if).
 */
class SurveyDemoFileTest {

    private static final DemoDataReader KUMAMOTO = new DemoDataReader(new DefaultResourceLoader(), "file:../seeds/kumamoto/");

    @Test
    void theAnswersAreValidAnswersOfTheQuestionsAndComeFromTargetedMembers() throws Exception {
        List<SurveyDemoData.DemoSurvey> surveys = KUMAMOTO.read(SurveyDemoData.FILE, SurveyDemoData.SurveysFile.class).surveys();
        assertThat(surveys).extracting(SurveyDemoData.DemoSurvey::title).containsExactly("県内企業のDX取組状況調査");
        List<String> members = Pattern.compile("(?m)^  - key: (\\S+)$")
                .matcher(Files.readString(Path.of("..", "seeds", "kumamoto", "organizations.yml")))
                .results().map(match -> match.group(1)).toList();
        for (SurveyDemoData.DemoSurvey survey : surveys) {
            List<Question> questions = new ArrayList<>();
            for (SurveyDemoData.DemoQuestion q : survey.questions()) {
                questions.add(new Question(q.key(), questions.size() + 1, QuestionKind.valueOf(q.kind()), q.text(), q.required(),
                        q.choices(), q.scaleMin(), q.scaleMax(), q.minLabel(), q.maxLabel(), q.maxLength(), q.shownIfKey(),
                        q.shownIfValue()));
            }
            assertThat(questions).extracting(Question::key).containsExactly("q1", "q2", "q3", "q4", "q5");
            assertThat(questions).extracting(Question::kind).contains(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TEXT);
            assertThat(questions).anyMatch(Question::conditional);
            assertThat(members).containsAll(survey.targets());
            assertThat(survey.answers()).isNotEmpty().allSatisfy(answer -> {
                assertThat(survey.targets()).contains(answer.organization());
                Map<String, List<String>> form = new LinkedHashMap<>();
                answer.values().forEach((key, values) -> form.put(SurveyAnswers.FIELD + key, values));
                // Nothing is dropped: no answer to a question its respondent is not shown.
                assertThat(SurveyAnswers.check(questions, form)).as(answer.organization()).isEqualTo(answer.values());
            });
        }
    }

    @Test
    void tochigiHasNoDemoSurvey() {
        assertThat(new DemoDataReader(new DefaultResourceLoader(), "file:../seeds/").exists(SurveyDemoData.FILE)).isFalse();
    }
}
