package jp.musubi.workflow.exhibition;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.site.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 出展者一覧 (public): the selected exhibitors of an exhibition, linked to their profiles and seeds; no contact data. */
@Controller
class ExhibitorListController {

    static final String PATH = "/exhibitions/*/exhibitors";

    private final Exhibitions exhibitions;

    ExhibitorListController(Exhibitions exhibitions) {
        this.exhibitions = exhibitions;
    }

    @GetMapping("/exhibitions/{name}/exhibitors")
    String exhibitors(@PathVariable String name, Model model, HttpServletResponse response) {
        try {
            Exhibitions.Exhibition exhibition = exhibitions.find(name);
            model.addAttribute("exhibition", exhibition);
            model.addAttribute("exhibitors", exhibitions.exhibitors(name));
            model.addAttribute("pageMeta", PageMeta.website(
                    ExhibitionTexts.TEXTS.get("exhibition.public.title", exhibition.title()),
                    "/exhibitions/" + name + "/exhibitors"));
            return "exhibition/exhibitors";
        } catch (Exhibitions.NotAnExhibition e) {
            return ExhibitionAdminController.refused(e.getMessage(), HttpStatus.NOT_FOUND, model, response);
        }
    }
}
