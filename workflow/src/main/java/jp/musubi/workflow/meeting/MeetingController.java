package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.SiteLayoutAdvice;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meeting pages: the staff's list and scheduling form, a meeting's page for its participants, the inbox panels. */
@Controller
class MeetingController {

    private final MeetingSchedule schedule;
    private final AccountService accounts;
    private final IssueCases issueCases;
    private final AssetService assets;
    private final SiteLayoutAdvice layout;

    MeetingController(MeetingSchedule schedule, AccountService accounts, IssueCases issueCases, AssetService assets,
                      SiteLayoutAdvice layout) {
        this.schedule = schedule;
        this.accounts = accounts;
        this.issueCases = issueCases;
        this.assets = assets;
        this.layout = layout;
    }

    @GetMapping("/meetings")
    String list(Model model) {
        model.addAttribute("meetings", schedule.recent().stream().map(m -> row(m)).toList());
        return "meeting/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(@RequestParam(required = false) String kind, @RequestParam(name = "case", required = false) Long caseId,
                      Model model) {
        MeetingKind chosen = kindOrDefault(kind, caseId);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", chosen.name());
        caseTitle(caseId).ifPresent(title -> values.put("title", title));
        form(model, chosen, caseId, values, schedule.suggestedParticipants(chosen, caseId), Map.of(), null);
        return "meeting/form";
    }

    @PostMapping("/meetings")
    String create(Authentication auth, @RequestParam Map<String, String> params,
                  @RequestParam(name = "participants", required = false) List<String> participants,
                  @RequestParam(name = "case", required = false) Long caseId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        MeetingInput input = input(params, participants);
        boolean recordOnly = "true".equals(params.get("recordOnly"));
        try {
            long id = schedule.schedule(input, caseId, recordOnly, auth.getName());
            redirect.addFlashAttribute("infoMessage", TEXTS.get(recordOnly ? "meeting.flash.recorded" : "meeting.flash.scheduled"));
            return "redirect:/meetings/" + id;
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form(model, kindOrDefault(input.kind(), caseId), caseId, params, Set.copyOf(input.participants()), refused.errors(), null);
            return "meeting/form";
        }
    }

    @GetMapping("/meetings/{id}")
    String show(Authentication auth, @PathVariable long id, Model model) {
        Meeting meeting = schedule.require(id, auth.getName(), roles(auth));
        detail(model, meeting, auth, Map.of());
        return "meeting/detail";
    }

    @GetMapping("/meetings/{id}/edit")
    String edit(Authentication auth, @PathVariable long id, Model model) {
        Meeting meeting = schedule.require(id, auth.getName(), roles(auth));
        LocalDateTime start = LocalDateTime.ofInstant(meeting.startsAt(), JapaneseTimes.ZONE);
        LocalDateTime end = LocalDateTime.ofInstant(meeting.endsAt(), JapaneseTimes.ZONE);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", meeting.kind().name());
        values.put("title", meeting.title());
        values.put("date", start.toLocalDate().toString());
        values.put("startTime", start.toLocalTime().toString());
        values.put("endTime", end.toLocalTime().toString());
        values.put("place", meeting.place());
        values.put("onlineUrl", meeting.onlineUrl());
        values.put("agenda", meeting.agenda());
        values.put("otherAttendees", meeting.otherAttendees());
        form(model, meeting.kind(), meeting.issueCaseId(), values, Set.copyOf(meeting.participants()), Map.of(), meeting);
        return "meeting/form";
    }

    @PostMapping("/meetings/{id}")
    String change(Authentication auth, @PathVariable long id, @RequestParam Map<String, String> params,
                  @RequestParam(name = "participants", required = false) List<String> participants, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Meeting meeting = schedule.require(id, auth.getName(), roles(auth));
        MeetingInput input = input(params, participants);
        try {
            schedule.change(id, input, auth.getName(), roles(auth));
            redirect.addFlashAttribute("infoMessage", TEXTS.get("meeting.flash.changed"));
            return "redirect:/meetings/" + id;
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> values = new LinkedHashMap<>(params);
            values.put("kind", meeting.kind().name());
            form(model, meeting.kind(), meeting.issueCaseId(), values, Set.copyOf(input.participants()), refused.errors(), meeting);
            return "meeting/form";
        }
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(Authentication auth, @PathVariable long id, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(auth, id, model, response, redirect, () -> schedule.cancel(id, auth.getName(), roles(auth)),
                "meeting.flash.cancelled");
    }

    @PostMapping("/meetings/{id}/held")
    String held(Authentication auth, @PathVariable long id, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        return act(auth, id, model, response, redirect, () -> schedule.held(id, auth.getName(), roles(auth)),
                "meeting.flash.held");
    }

    @PostMapping("/meetings/{id}/materials")
    String addMaterial(Authentication auth, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(auth, id, model, response, redirect, () -> schedule.addMaterial(id,
                file == null || file.isEmpty() ? null : file.getOriginalFilename(), file, auth.getName(), roles(auth)),
                "meeting.flash.materialAdded");
    }

    @GetMapping("/meetings/{id}/materials/{position}")
    ResponseEntity<Resource> material(Authentication auth, @PathVariable long id, @PathVariable int position) {
        Asset asset = schedule.material(id, position, auth.getName(), roles(auth)).orElseThrow(MeetingNotVisibleException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(asset.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new FileSystemResource(assets.file(asset)));
    }

    @GetMapping("/meetings/{id}/invitation.ics")
    ResponseEntity<byte[]> calendar(Authentication auth, @PathVariable long id) {
        byte[] ics = schedule.calendarFile(id, auth.getName(), roles(auth));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meeting-" + id + ".ics").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(ics);
    }

    /** The inbox panel of a case step: its meetings of that kind and the link to schedule one. */
    @GetMapping("/meetings/cases/{caseId}/panel")
    String casePanel(@PathVariable long caseId, @RequestParam(required = false) String kind, Model model) {
        MeetingKind chosen = kindOrDefault(kind, caseId);
        model.addAttribute("kind", chosen);
        model.addAttribute("caseId", caseId);
        model.addAttribute("meetings", schedule.forCase(caseId).stream().map(this::row).toList());
        return "meeting/parts :: casePanel";
    }

    /** The inbox panel of a minutes task: the meeting, its materials and the upload of the minutes' attachments. */
    @GetMapping("/meetings/{id}/panel")
    String meetingPanel(Authentication auth, @PathVariable long id, Model model) {
        Meeting meeting = schedule.require(id, auth.getName(), roles(auth));
        model.addAttribute("meeting", row(meeting));
        model.addAttribute("materials", schedule.materials(id));
        return "meeting/parts :: meetingPanel";
    }

    @ExceptionHandler(MeetingNotVisibleException.class)
    String notVisible(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("site", layout.site());
        model.addAttribute("currentPath", layout.currentPath(request));
        model.addAttribute("navigation", layout.navigation());
        return "meeting/not-found";
    }

    // ---------------------------------------------------------------- helpers

    private interface Action {
        void run();
    }

    private String act(Authentication auth, long id, Model model, HttpServletResponse response, RedirectAttributes redirect,
                       Action action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("infoMessage", TEXTS.get(done));
            return "redirect:/meetings/" + id;
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            detail(model, schedule.require(id, auth.getName(), roles(auth)), auth, refused.errors());
            return "meeting/detail";
        }
    }

    private void detail(Model model, Meeting meeting, Authentication auth, Map<String, String> errors) {
        Set<String> roles = roles(auth);
        Account viewer = accounts.findByUsername(auth.getName()).orElse(null);
        List<Account> people = accounts.withUsernames(Set.copyOf(meeting.participants()));
        List<ParticipantView> shown = people.stream()
                .filter(p -> MeetingSchedule.visibleToEachOther(viewer, p))
                .map(p -> new ParticipantView(p.displayName(), roleLabel(p)))
                .toList();
        model.addAttribute("meeting", row(meeting));
        model.addAttribute("participants", shown);
        model.addAttribute("hiddenParticipants", people.size() - shown.size());
        model.addAttribute("materials", schedule.materials(meeting.id()));
        model.addAttribute("staff", MeetingSchedule.isStaff(roles));
        model.addAttribute("errors", errors);
    }

    private void form(Model model, MeetingKind kind, Long caseId, Map<String, String> values, Set<String> ticked,
                      Map<String, String> errors, Meeting existing) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", kind.forCase() ? List.of(kind) : List.of(MeetingKind.REGULAR, MeetingKind.INDIVIDUAL));
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseTitle", caseTitle(caseId).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("candidates", schedule.candidates(kind, caseId));
        model.addAttribute("ticked", ticked);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing == null ? null : row(existing));
    }

    private java.util.Optional<String> caseTitle(Long caseId) {
        return caseId == null ? java.util.Optional.empty() : issueCases.find(caseId).map(IssueCase::title);
    }

    private static MeetingKind kindOrDefault(String kind, Long caseId) {
        try {
            return MeetingKind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            return caseId == null ? MeetingKind.INDIVIDUAL : MeetingKind.SELECTION_HEARING;
        }
    }

    private static MeetingInput input(Map<String, String> params, List<String> participants) {
        return new MeetingInput(params.get("kind"), params.get("title"), params.get("date"), params.get("startTime"),
                params.get("endTime"), params.get("place"), params.get("onlineUrl"), params.get("agenda"),
                params.get("otherAttendees"), participants);
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).collect(Collectors.toSet());
    }

    private String roleLabel(Account account) {
        for (Role role : List.of(Role.MUNICIPAL_STAFF, Role.MEMBER, Role.SECRETARIAT, Role.PREF_STAFF)) {
            if (account.roles().contains(role)) {
                return role.label(layout.site().localGovernmentTerm());
            }
        }
        return "";
    }

    MeetingRow row(Meeting m) {
        return new MeetingRow(m.id(), m.kind(), m.kind().label(), m.title(), MeetingSchedule.when(m), MeetingSchedule.where(m),
                m.onlineUrl(), m.agenda(), m.otherAttendees(), m.status(), m.status().label(),
                m.materialsDueAt() == null ? null : JapaneseTimes.dateTimeWithWeekday(m.materialsDueAt()),
                m.minutesProcessId(), caseTitle(m.issueCaseId()).orElse(null));
    }

    record MeetingRow(long id, MeetingKind kind, String kindLabel, String title, String when, String where, String onlineUrl,
                      String agenda, String otherAttendees, MeetingStatus status, String statusLabel, String materialsDue,
                      String minutesProcessId, String caseTitle) {

        public boolean scheduled() {
            return status == MeetingStatus.SCHEDULED;
        }
    }

    record ParticipantView(String name, String role) {
    }
}
