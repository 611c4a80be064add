package jp.musubi.workflow.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where every user lands after login: who they are and which roles they hold. */
@Controller
class MyPageController {

    @GetMapping("/mypage")
    String myPage(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roleNames().stream().map(Role::valueOf).toList());
        return "mypage/index";
    }
}
