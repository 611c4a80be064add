package jp.musubi.webapp.operations;

import java.time.Clock;

import jp.musubi.cms.common.JapaneseTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 稼働状況 ({@code /admin/health}, ADMIN): the monitoring figures in words. */
@Controller
class HealthPageController {

    private final HealthFigures figures;
    private final Clock clock;

    HealthPageController(HealthFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/admin/health")
    String health(Model model) {
        var sections = figures.sections();
        model.addAttribute("sections", sections);
        model.addAttribute("attention", sections.stream().anyMatch(HealthSection::attention));
        model.addAttribute("readAt", JapaneseTimes.dateTime(clock.instant()));
        return "admin/health";
    }
}
