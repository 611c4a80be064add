package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.document.Workbooks;
import jp.musubi.cms.input.InputRefused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's survey pages ({@code /admin/surveys}): the list, a survey's settings, questions,
 * targets and sending, its target list, and its results with charts, comparison and exports.
 */
@Controller
class SurveyAdminPages {

    static final String LIST = "/admin/surveys";
    private static final String ID = "/{id:[0-9]+}";

    private final Surveys surveys;
    private final SurveyTargets targets;
    private final SurveySending sending;
    private final SurveyResults results;
    private final SurveyExports exports;

    SurveyAdminPages(Surveys surveys, SurveyTargets targets, SurveySending sending, SurveyResults results,
                     SurveyExports exports) {
        this.surveys = surveys;
        this.targets = targets;
        this.sending = sending;
        this.results = results;
        this.exports = exports;
    }

    static String detailPath(long id) {
        return LIST + "/" + id;
    }

    /** A survey in the list, with its live rate. */
    record Row(Survey survey, String period, SurveyResults.Rate rate) {
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("rows", surveys.all().stream()
                .map(s -> new Row(s, period(s), results.rate(s.id()))).toList());
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "survey/list";
    }

    @PostMapping(LIST)
    String create(@RequestParam Map<String, String> form, Principal principal, Model model, HttpServletResponse response) {
        try {
            return "redirect:" + detailPath(surveys.create(settings(form), principal.getName()));
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rows", surveys.all().stream().map(s -> new Row(s, period(s), results.rate(s.id()))).toList());
            model.addAttribute("values", values(form));
            model.addAttribute("errors", refused.errors());
            return "survey/list";
        }
    }

    @GetMapping(LIST + ID)
    String detail(@PathVariable long id, Model model) {
        Survey survey = survey(id);
        return detail(survey, model, settingsValues(survey), Map.of(), Map.of(), Map.of(), List.of());
    }

    @PostMapping(LIST + ID)
    String update(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Survey survey = survey(id);
        try {
            surveys.update(survey, settings(form));
            redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.saved"));
            return "redirect:" + detailPath(id);
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, values(form), refused.errors(), Map.of(), Map.of(), List.of());
        }
    }

    @PostMapping(LIST + ID + "/questions")
    String addQuestion(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Survey survey = survey(id);
        try {
            String key = surveys.addQuestion(survey, form);
            redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.questionAdded", key));
            return "redirect:" + detailPath(id) + "#questions";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, settingsValues(survey), Map.of(), values(form), refused.errors(), List.of());
        }
    }

    @PostMapping(LIST + ID + "/questions/{key:q[0-9]{1,6}}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable String key, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        Survey survey = survey(id);
        try {
            if (!surveys.removeQuestion(survey, key)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.questionRemoved", key));
            return "redirect:" + detailPath(id) + "#questions";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, settingsValues(survey), Map.of(), Map.of(), refused.errors(), List.of());
        }
    }

    @PostMapping(LIST + ID + "/copy")
    String copy(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        long copy = surveys.copy(survey(id), principal.getName());
        redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.copied"));
        return "redirect:" + detailPath(copy);
    }

    @PostMapping(LIST + ID + "/targets/members")
    String addMembers(@PathVariable long id, RedirectAttributes redirect) {
        added(redirect, targets.addMembers(survey(id)));
        return "redirect:" + detailPath(id) + "#targets";
    }

    @PostMapping(LIST + ID + "/targets/audience")
    String addAudience(@PathVariable long id, @RequestParam(required = false) String audience, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Survey survey = survey(id);
        var added = audience == null ? java.util.Optional.<SurveyTargets.Added>empty() : targets.addAudience(survey, audience);
        if (added.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, settingsValues(survey), Map.of(), Map.of(), Map.of(),
                    List.of(TEXTS.get("survey.targets.audienceUnknown")));
        }
        added(redirect, added.get());
        return "redirect:" + detailPath(id) + "#targets";
    }

    @PostMapping(LIST + ID + "/targets/import")
    String importTargets(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Survey survey = survey(id);
        try {
            added(redirect, targets.importFile(survey, file == null ? null : file.getBytes()));
            return "redirect:" + detailPath(id) + "#targets";
        } catch (TargetFile.Refused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, settingsValues(survey), Map.of(), Map.of(), Map.of(), refused.messages());
        }
    }

    @GetMapping(LIST + ID + "/targets")
    String targetList(@PathVariable long id, Model model) {
        Survey survey = survey(id);
        model.addAttribute("survey", survey);
        model.addAttribute("targets", targets.targets(id));
        model.addAttribute("rate", results.rate(id));
        return "survey/targets";
    }

    @PostMapping(LIST + ID + "/invite")
    String invite(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Survey survey = survey(id);
        try {
            redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.invited", sending.invite(survey)));
            return "redirect:" + detailPath(id) + "#sending";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, settingsValues(survey), Map.of(), Map.of(), Map.of(),
                    List.copyOf(refused.errors().values()));
        }
    }

    @PostMapping(LIST + ID + "/remind")
    String remind(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Survey survey = survey(id);
        try {
            redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.reminded", sending.remind(survey)));
            return "redirect:" + detailPath(id) + "#sending";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(survey, model, settingsValues(survey), Map.of(), Map.of(), Map.of(),
                    List.copyOf(refused.errors().values()));
        }
    }

    @GetMapping(LIST + ID + "/results")
    String results(@PathVariable long id, Model model) {
        Survey survey = survey(id);
        model.addAttribute("r", results.results(survey));
        model.addAttribute("period", period(survey));
        return "survey/results";
    }

    @GetMapping(LIST + ID + "/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        Survey survey = survey(id);
        return download(exports.xlsx(survey), "survey-" + id + ".xlsx", MediaType.parseMediaType(Workbooks.MEDIA_TYPE));
    }

    @GetMapping(LIST + ID + "/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        Survey survey = survey(id);
        return download(exports.csv(survey), "survey-" + id + ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(type).body(body);
    }

    private String detail(Survey survey, Model model, Map<String, String> settings, Map<String, String> settingsErrors,
                          Map<String, String> question, Map<String, String> questionErrors, List<String> targetMessages) {
        List<Question> questions = surveys.questions(survey.id());
        List<SurveyTarget> all = targets.targets(survey.id());
        Map<String, Long> bySource = new TreeMap<>();
        all.forEach(t -> bySource.merge(sourceLabel(t.source()), 1L, Long::sum));
        model.addAttribute("survey", survey);
        model.addAttribute("period", period(survey));
        model.addAttribute("questions", questions);
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("rate", results.rate(survey.id()));
        model.addAttribute("bySource", bySource);
        model.addAttribute("audiences", targets.audiences());
        model.addAttribute("values", settings);
        model.addAttribute("errors", settingsErrors);
        model.addAttribute("q", question);
        model.addAttribute("qErrors", questionErrors);
        model.addAttribute("targetMessages", targetMessages);
        model.addAttribute("conditionChoices", questions.stream().filter(q -> q.kind() != QuestionKind.TEXT).toList());
        if (survey.copiedFrom() != null) {
            surveys.find(survey.copiedFrom()).ifPresent(original -> model.addAttribute("original", original));
        }
        return "survey/detail";
    }

    private String sourceLabel(String source) {
        if (SurveyTargets.MEMBERS.equals(source) || TargetFile.SOURCE.equals(source) || SurveyInvitationLinks.SOURCE.equals(source)) {
            return TEXTS.get(SurveyTexts.SOURCE + source);
        }
        return targets.audiences().stream().filter(a -> a.id().equals(source)).map(SurveyAudience::label).findFirst()
                .orElse(source);
    }

    private static void added(RedirectAttributes redirect, SurveyTargets.Added added) {
        redirect.addFlashAttribute("notice", TEXTS.get("survey.notice.targetsAdded", added.added(), added.duplicates()));
    }

    private Survey survey(long id) {
        return surveys.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Surveys.Settings settings(Map<String, String> form) {
        return new Surveys.Settings(form.get("title"), form.get("intro"), form.get("opensOn"), form.get("closesOn"),
                "true".equals(form.get("programSurvey")));
    }

    private static Map<String, String> settingsValues(Survey survey) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", survey.title());
        values.put("intro", survey.intro());
        values.put("opensOn", survey.opensOn().toString());
        values.put("closesOn", survey.closesOn().toString());
        values.put("programSurvey", String.valueOf(survey.programSurvey()));
        return values;
    }

    private static Map<String, String> values(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>(form);
        values.remove("_csrf");
        return values;
    }

    static String period(Survey survey) {
        return JapaneseTimes.dateWithWeekday(survey.opensOn()) + "〜" + JapaneseTimes.dateWithWeekday(survey.closesOn());
    }
}
