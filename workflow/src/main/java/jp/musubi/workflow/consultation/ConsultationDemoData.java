package jp.musubi.workflow.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The demo consultations ({@code consultations.yml}; Kumamoto's seeds have it, Tochigi's not): each is received
 * through {@link ConsultationRequests} and walked through the {@value ConsultationRequests#PROCESS} process by
 * the same {@link ConsultationTasks} steps the secretariat takes on its task forms, as far as its file gives
 * them; due timers are run at once, as the async executor would on the day. Each case's declared {@code step}
 * (an open task or the end it reached) is checked against the engine, so the file and the process cannot drift.
 */
@Component
class ConsultationDemoData implements DemoDataSection {

    static final String FILE = "consultations.yml";
    static final String SECRETARIAT = "secretariat";
    /** The ends of the process a demo case may reach, besides its user tasks. */
    static final List<String> ENDS = List.of("closedAtIntake", "adviceOnly", "closedWithoutContact", "verified");
    static final List<String> TASKS = List.of(ConsultationTasks.INTAKE, ConsultationTasks.ADVICE, ConsultationTasks.ORGANIZE,
            ConsultationTasks.INFORM, ConsultationTasks.FOLLOW_UP, ConsultationTasks.EFFECT);

    private final ConsultationRequests requests;
    private final ConsultationTasks steps;
    private final ConsultationRepository consultations;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;

    ConsultationDemoData(ConsultationRequests requests, ConsultationTasks steps, ConsultationRepository consultations,
                         TaskService tasks, ManagementService management, HistoryService history) {
        this.requests = requests;
        this.steps = steps;
        this.consultations = consultations;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
    }

    @Override
    public String name() {
        return "consultations";
    }

    @Override
    public int order() {
        // After the accounts (20), the organizations (10) and the members' profiles and seeds (40, 50) the
        // suggestions of 課題整理 are made from.
        return 96;
    }

    @Override
    public void load(DemoDataReader reader) {
        if (!reader.exists(FILE)) {
            return;
        }
        for (DemoConsultation demo : reader.read(FILE, ConsultationsFile.class).consultations()) {
            walk(demo);
        }
    }

    private void walk(DemoConsultation demo) {
        ConsultationRequest request = new ConsultationRequest(demo.organization(), demo.requesterKind(), demo.contactName(),
                demo.email(), demo.phone(), demo.topic(), demo.body());
        long id = "WEB".equals(demo.channel())
                ? requests.receive(request, demo.membership(), demo.office())
                : requests.record(request, demo.channel(), demo.membership(), demo.office(), SECRETARIAT);
        if (demo.intake() != null) {
            steps.intake(task(id, ConsultationTasks.INTAKE), demo.intake().outcome(), demo.intake().reason(), SECRETARIAT);
        }
        if (demo.advice() != null) {
            DemoAdvice a = demo.advice();
            steps.advise(task(id, ConsultationTasks.ADVICE), a.text(), a.channel(), a.notes(), a.matchingWanted(), SECRETARIAT);
        }
        if (demo.issue() != null) {
            DemoIssue i = demo.issue();
            steps.organize(task(id, ConsultationTasks.ORGANIZE),
                    new ConsultationCase.OrganizedIssue(i.business(), i.current(), i.goal(), i.budget(), i.timing(), i.constraints()),
                    SECRETARIAT);
        }
        List<String> introduced = List.of();
        if (demo.inform() != null) {
            introduced = inform(id, demo.inform());
            fireTimers(id);
        }
        for (DemoFollowUp followUp : demo.followUps()) {
            String with = followUp.contactMade() && followUp.contactWith() == null && !introduced.isEmpty()
                    ? introduced.get(0) : followUp.contactWith();
            steps.followUp(task(id, ConsultationTasks.FOLLOW_UP), followUp.contactMade(), with, SECRETARIAT);
            fireTimers(id);
        }
        if (demo.effect() != null) {
            steps.verifyEffect(task(id, ConsultationTasks.EFFECT), demo.effect(), SECRETARIAT);
        }
        String reached = position(id);
        if (!reached.equals(demo.step())) {
            throw new IllegalStateException("Demo consultation " + demo.organization() + " reached " + reached
                    + " instead of its step " + demo.step());
        }
    }

    /**
     * Introduces the given organizations (each must be among the case's suggestions), or else the first
     * {@code companies} suggested; returns their names in that order.
     */
    private List<String> inform(long id, DemoInform inform) {
        Map<String, String> names = new LinkedHashMap<>();
        for (ConsultationSuggestion s : consultations.suggestions(id)) {
            names.putIfAbsent(s.organizationKey(), s.organizationName());
        }
        List<String> keys;
        if (inform.organizations() != null) {
            keys = inform.organizations();
            for (String key : keys) {
                if (!names.containsKey(key)) {
                    throw new IllegalStateException("Demo consultation " + id + ": " + key + " is not among its suggestions "
                            + names.keySet());
                }
            }
        } else {
            int companies = inform.companies() == null ? ConsultationTasks.MINIMUM_COMPANIES : inform.companies();
            if (names.size() < companies) {
                throw new IllegalStateException("Demo consultation " + id + " has " + names.size()
                        + " suggested organizations, " + companies + " to introduce");
            }
            keys = names.keySet().stream().limit(companies).toList();
        }
        Map<String, String> choices = new LinkedHashMap<>();
        List<String> introduced = new ArrayList<>();
        for (String key : keys) {
            choices.put(key, inform.consented() ? ConsultationTasks.INTRODUCE_CONSENTED : ConsultationTasks.INTRODUCE);
            introduced.add(names.get(key));
        }
        steps.inform(task(id, ConsultationTasks.INFORM), choices, inform.talentGuidance(), SECRETARIAT);
        return introduced;
    }

    /** The open task's key, or the end event the case reached. */
    private String position(long id) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).list();
        if (open.size() == 1) {
            return open.get(0).getTaskDefinitionKey();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ConsultationRequests.PROCESS).processInstanceBusinessKey(String.valueOf(id)).singleResult();
        return instance.getEndTime() == null ? "waiting" : instance.getEndActivityId();
    }

    private String task(long id, String key) {
        Task task = tasks.createTaskQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(key).singleResult();
        if (task == null) {
            throw new IllegalStateException("Demo consultation " + id + " has no open task " + key);
        }
        return task.getId();
    }

    private void fireTimers(long id) {
        String process = history.createHistoricProcessInstanceQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        for (Job timer : management.createTimerJobQuery().processInstanceId(process).list()) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
    }

    record ConsultationsFile(List<DemoConsultation> consultations) {
    }

    /**
     * @param step      where the case stands once loaded: a user task of the process ({@link #TASKS}) or an end ({@link #ENDS})
     * @param channel   WEB (the public form), PHONE or MAIL (recorded by the secretariat)
     * @param followUps 状況確認 in order: each fires the wait before the next step
     * @param effect    効果検証: how the requester uses the solution now
     */
    record DemoConsultation(String step, String channel, String membership, String office, String organization,
                            String requesterKind, String contactName, String email, String phone, String topic, String body,
                            DemoIntake intake, DemoAdvice advice, DemoIssue issue, DemoInform inform,
                            List<DemoFollowUp> followUps, String effect) {
        DemoConsultation {
            channel = channel == null ? "WEB" : channel;
            followUps = followUps == null ? List.of() : List.copyOf(followUps);
        }
    }

    record DemoIntake(String outcome, String reason) {
    }

    record DemoAdvice(String text, String channel, String notes, boolean matchingWanted) {
    }

    record DemoIssue(String business, String current, String goal, String budget, String timing, String constraints) {
    }

    /**
     * @param organizations  the organizations (organizations.yml keys) to introduce, each among the suggestions; or
     * @param companies      how many of the suggested organizations to introduce, best first (default 2)
     * @param consented      they agreed to be introduced: they get the consultation's summary by mail (default no)
     * @param talentGuidance with the guidance of the professional talent centre (default no)
     */
    record DemoInform(List<String> organizations, Integer companies, Boolean consented, Boolean talentGuidance) {
        DemoInform {
            organizations = organizations == null ? null : List.copyOf(organizations);
            consented = Boolean.TRUE.equals(consented);
            talentGuidance = Boolean.TRUE.equals(talentGuidance);
        }
    }

    /** @param contactWith when contact was made; default the first introduced organization */
    record DemoFollowUp(boolean contactMade, String contactWith) {
    }
}
