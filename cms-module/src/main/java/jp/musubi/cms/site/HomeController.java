package jp.musubi.cms.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public top page. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "site/home";
    }
}
