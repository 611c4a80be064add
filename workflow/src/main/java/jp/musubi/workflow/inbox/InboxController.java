package jp.musubi.workflow.inbox;

import java.util.Set;

import jp.musubi.workflow.account.AccountUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The task lists: 自分のタスク, グループのタスク, 完了済み, with filters in the URL. */
@Controller
class InboxController {

    private final InboxQueries queries;
    private final ProcessNames processNames;

    InboxController(InboxQueries queries, ProcessNames processNames) {
        this.queries = queries;
        this.processNames = processNames;
    }

    static InboxUser inboxUser(AccountUser user) {
        return new InboxUser(user.getUsername(), Set.copyOf(user.roleNames()));
    }

    @GetMapping("/inbox")
    String list(@AuthenticationPrincipal AccountUser user,
                @RequestParam(required = false) String view, @RequestParam(required = false) String process,
                @RequestParam(name = "case", required = false) String caseId, @RequestParam(required = false) String due,
                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, Model model) {
        InboxParams params = InboxParams.of(view, process, caseId, due, q, sort, pageNumber(page));
        InboxUser inboxUser = inboxUser(user);
        InboxPage result = queries.page(inboxUser.username(), inboxUser.roles(), params.filter());
        model.addAttribute("params", params);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.tasks().stream().map(InboxRow::of).toList());
        model.addAttribute("processes", processNames.all());
        return "inbox/list";
    }

    private static Integer pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.valueOf(page) : null;
    }
}
