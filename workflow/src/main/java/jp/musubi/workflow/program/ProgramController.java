package jp.musubi.workflow.program;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.suggestion.ExposureFigures;
import jp.musubi.cms.suggestion.SuggestionExposures;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** 事業の目標と実績 {@code /admin/program}: every target computed from the data, and what was counted. */
@Controller
class ProgramController {

    private final ProgramTargets targets;
    private final SuggestionExposures exposures;

    ProgramController(ProgramTargets targets, SuggestionExposures exposures) {
        this.targets = targets;
        this.exposures = exposures;
    }

    @GetMapping("/admin/program")
    String dashboard(Model model) {
        LocalDate today = targets.today();
        List<TargetView> views = targets.asOf(today).stream().map(TargetView::of).toList();
        model.addAttribute("programName", targets.programName());
        model.addAttribute("yearLabel", targets.year().label());
        model.addAttribute("today", JapaneseTimes.dateWithWeekday(today));
        model.addAttribute("targets", views.stream().filter(TargetView::available).toList());
        model.addAttribute("unavailable", views.stream().filter(view -> !view.available()).toList());
        // "特定の企業に偏らないよう": how evenly the year's suggestions and introductions were spread.
        model.addAttribute("exposure", ExposureView.of(exposures.figures(targets.year().year())));
        return "program/dashboard";
    }

    @GetMapping("/admin/program/targets/{id}")
    String target(@PathVariable String id, Model model) {
        LocalDate today = targets.today();
        TargetProgress progress = targets.find(id, today)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("yearLabel", targets.year().label());
        model.addAttribute("today", JapaneseTimes.dateWithWeekday(today));
        model.addAttribute("t", TargetView.of(progress));
        model.addAttribute("records", progress.data().records().stream().map(RecordView::of).toList());
        model.addAttribute("groups", GroupView.of(progress));
        return "program/target";
    }

    /** The year's exposure of organizations: the two concentration figures and the most suggested ten. */
    record ExposureView(boolean empty, String suggestedGini, String suggestedTopShare, String introducedGini,
                        String introducedTopShare, List<ExposureFigures.OrganizationExposure> top) {
        static ExposureView of(ExposureFigures figures) {
            return new ExposureView(figures.organizations().isEmpty(), String.format("%.2f", figures.suggestedGini()),
                    percent(figures.suggestedTopShare()), String.format("%.2f", figures.introducedGini()),
                    percent(figures.introducedTopShare()), figures.organizations().stream().limit(10).toList());
        }

        private static String percent(double share) {
            return Math.round(share * 100) + "%";
        }
    }

    /** A counted record on the page. */
    record RecordView(String date, String title, String detail, String link) {
        static RecordView of(IndicatorData.CountedRecord record) {
            return new RecordView(JapaneseTimes.dateWithWeekday(record.date()), record.title(),
                    record.detail() == null ? "" : record.detail(), record.link());
        }
    }

    /** A per-issue target's issue and how many records it has. */
    record GroupView(String title, String published, long count, boolean reached) {
        static List<GroupView> of(TargetProgress progress) {
            if (progress.target().per() != ProgramProperties.Per.ISSUE) {
                // A RATE target's groups are its denominator (those asked), not issues to list.
                return List.of();
            }
            return progress.data().groups().stream().map(group -> {
                long count = progress.data().records().stream().filter(r -> group.key().equals(r.group())).count();
                return new GroupView(group.title(), JapaneseTimes.dateWithWeekday(group.date()), count,
                        count >= progress.target().number());
            }).toList();
        }
    }
}
