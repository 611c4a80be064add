package jp.musubi.workflow.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public answer form behind the personal link (no login): the respondent sees the questions and
 * their own earlier answers only, and may change them until the close. An unknown link answers 404, a
 * closed survey 410, one not open yet 403 — each a Japanese page, nothing stored.
 */
@Controller
class SurveyAnswerPage {

    static final String BASE = "/survey";
    private static final String TOKEN = "{token:[A-Za-z0-9_-]{1,64}}";

    private final SurveyAnswers answers;

    SurveyAnswerPage(SurveyAnswers answers) {
        this.answers = answers;
    }

    static String path(String token) {
        return BASE + "/" + token;
    }

    @GetMapping(BASE + "/" + TOKEN)
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        SurveyAnswers.Opened opened;
        try {
            opened = answers.open(token);
        } catch (SurveyAnswers.LinkUnusable unusable) {
            return unusable(unusable, model, response);
        }
        Map<String, List<String>> values = new HashMap<>();
        for (Question question : opened.questions()) {
            List<String> stored = opened.answers().get(question.key());
            if (stored != null) {
                // Free text is stored line by line; the text area shows it whole.
                values.put(SurveyAnswers.FIELD + question.key(),
                        question.kind() == QuestionKind.TEXT ? List.of(String.join("\n", stored)) : stored);
            }
        }
        show(model, opened, values, Map.of(), token);
        return "survey/answer";
    }

    @PostMapping(BASE + "/" + TOKEN)
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.forEach((name, v) -> {
            if (name.startsWith(SurveyAnswers.FIELD)) {
                values.put(name, new ArrayList<>(v));
            }
        });
        try {
            answers.submit(token, values);
            return "redirect:" + path(token) + "/done";
        } catch (SurveyAnswers.LinkUnusable unusable) {
            return unusable(unusable, model, response);
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(model, answers.open(token), values, refused.errors(), token);
            return "survey/answer";
        }
    }

    @GetMapping(BASE + "/" + TOKEN + "/done")
    String done(@PathVariable String token, Model model, HttpServletResponse response) {
        SurveyAnswers.Opened opened;
        try {
            opened = answers.open(token);
        } catch (SurveyAnswers.LinkUnusable unusable) {
            return unusable(unusable, model, response);
        }
        model.addAttribute("survey", opened.survey());
        model.addAttribute("closesOn", JapaneseTimes.dateWithWeekday(opened.survey().closesOn()));
        model.addAttribute("formPath", path(token));
        return "survey/done";
    }

    /** The Japanese page of a link that cannot be used (the layout's model attributes come with the handler's model). */
    private static String unusable(SurveyAnswers.LinkUnusable unusable, Model model, HttpServletResponse response) {
        response.setStatus(switch (unusable.reason()) {
            case UNKNOWN -> HttpStatus.NOT_FOUND.value();
            case CLOSED -> HttpStatus.GONE.value();
            case NOT_YET_OPEN -> HttpStatus.FORBIDDEN.value();
        });
        model.addAttribute("reason", unusable.reason().name());
        model.addAttribute("survey", unusable.survey());
        if (unusable.survey() != null) {
            model.addAttribute("opensOn", JapaneseTimes.dateWithWeekday(unusable.survey().opensOn()));
            model.addAttribute("closesOn", JapaneseTimes.dateWithWeekday(unusable.survey().closesOn()));
        }
        return "survey/unusable";
    }

    private static void show(Model model, SurveyAnswers.Opened opened, Map<String, List<String>> values, Map<String, String> errors,
                             String token) {
        model.addAttribute("survey", opened.survey());
        model.addAttribute("questions", opened.questions().stream().map(q -> QuestionView.of(q, opened.questions())).toList());
        model.addAttribute("organization", opened.target().organization());
        model.addAttribute("answeredBefore", opened.target().answered());
        model.addAttribute("closesOn", JapaneseTimes.dateWithWeekday(opened.survey().closesOn()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("formPath", path(token));
    }

    /** A question as the form shows it: its field name and, when conditional, the earlier question it depends on. */
    record QuestionView(Question question, int number, String field, String condition) {

        static QuestionView of(Question question, List<Question> all) {
            String condition = null;
            if (question.conditional()) {
                int earlier = 0;
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i).key().equals(question.shownIfKey())) {
                        earlier = i + 1;
                    }
                }
                condition = SurveyTexts.TEXTS.get("survey.answer.condition", earlier, question.shownIfValue());
            }
            return new QuestionView(question, all.indexOf(question) + 1, SurveyAnswers.FIELD + question.key(), condition);
        }

        /** An id for the HTML of this question's option {@code i}. */
        public String optionId(int i) {
            return field + "-" + i;
        }
    }
}
