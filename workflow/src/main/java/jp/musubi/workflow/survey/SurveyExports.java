package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.document.Workbooks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answers as XLSX (sheet 回答: one row per answering organization, one column per question; sheet 集計:
 * the counts per question and value, with last year's) and as CSV (the 回答 sheet, UTF-8 with BOM for
 * Excel). No mail address or contact name: the organization and its answers only.
 */
@Service
class SurveyExports {

    private final SurveyStore store;
    private final SurveyResults results;
    private final Workbooks workbooks;

    SurveyExports(SurveyStore store, SurveyResults results, Workbooks workbooks) {
        this.store = store;
        this.results = results;
        this.workbooks = workbooks;
    }

    @Transactional(readOnly = true)
    byte[] xlsx(Survey survey) {
        List<Question> questions = store.questions(survey.id());
        List<List<Object>> rows = new ArrayList<>(answerRows(survey, questions));
        List<List<Object>> summary = new ArrayList<>();
        for (SurveyResults.QuestionResult result : results.results(survey).questions()) {
            for (SurveyResults.OptionRow row : result.rows()) {
                summary.add(List.of(result.question().key(), result.question().text(), row.option(), row.count(), row.percent(),
                        row.previousCount() == null ? "" : row.previousCount(),
                        row.previousPercent() == null ? "" : row.previousPercent()));
            }
            if (result.question().kind() == QuestionKind.TEXT) {
                summary.add(List.of(result.question().key(), result.question().text(), TEXTS.get("survey.export.textAnswers"),
                        result.respondents(), "", result.previousRespondents() == null ? "" : result.previousRespondents(), ""));
            }
        }
        return workbooks.xlsx(List.of(
                new Workbooks.SheetData(TEXTS.get("survey.export.sheet.answers"), header(questions), rows),
                new Workbooks.SheetData(TEXTS.get("survey.export.sheet.summary"), List.of(TEXTS.get("survey.export.col.key"),
                        TEXTS.get("survey.export.col.question"), TEXTS.get("survey.export.col.value"),
                        TEXTS.get("survey.export.col.count"), TEXTS.get("survey.export.col.percent"),
                        TEXTS.get("survey.export.col.previousCount"), TEXTS.get("survey.export.col.previousPercent")), summary)));
    }

    @Transactional(readOnly = true)
    byte[] csv(Survey survey) {
        List<Question> questions = store.questions(survey.id());
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.EXCEL)) {
            printer.printRecord(header(questions));
            for (List<Object> row : answerRows(survey, questions)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> header(List<Question> questions) {
        List<String> header = new ArrayList<>(List.of(TEXTS.get("survey.export.col.number"),
                TEXTS.get("survey.export.col.organization"), TEXTS.get("survey.export.col.answeredAt")));
        questions.forEach(q -> header.add(q.key() + " " + q.text()));
        return header;
    }

    private List<List<Object>> answerRows(Survey survey, List<Question> questions) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (SurveyStore.StoredAnswers answer : store.answers(survey.id())) {
            List<Object> row = new ArrayList<>();
            row.add(number++);
            row.add(answer.target().organization());
            row.add(JapaneseTimes.dateTime(answer.target().changedAt() == null ? answer.target().answeredAt()
                    : answer.target().changedAt()));
            for (Question question : questions) {
                List<String> values = answer.answers().getOrDefault(question.key(), List.of());
                row.add(String.join(question.kind() == QuestionKind.MULTIPLE ? TEXTS.get("survey.export.joiner") : "\n", values));
            }
            rows.add(row);
        }
        return rows;
    }
}
