package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.time.Clock;
import java.util.Map;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 入会審査 (task {@code screenMembership}): records the checklist and the decision and completes the
 * task in one transaction; on approval the admission delegate runs in that same transaction.
 * Approval needs every check; a decline needs a reason, which is mailed to the applicant.
 */
@Service
public class MembershipScreening {

    static final String TASK = "screenMembership";
    static final int MAX_REASON = 1000;

    private final MembershipTasks tasks;
    private final MembershipApplicationRepository applications;
    private final MemberPublicNames publicNames;
    private final Clock clock;
    private final AuditLog audit;

    MembershipScreening(MembershipTasks tasks, MembershipApplicationRepository applications, MemberPublicNames publicNames,
                        Clock clock, AuditLog audit) {
        this.audit = audit;
        this.tasks = tasks;
        this.applications = applications;
        this.publicNames = publicNames;
        this.clock = clock;
    }

    /** The task form's starting value: a public name suggested from the application's website. */
    java.util.Map<String, String> suggestedPublicName(java.util.Map<String, Object> variables) {
        Object id = variables.get("applicationId");
        if (!(id instanceof Number number)) {
            return java.util.Map.of();
        }
        return applications.find(number.longValue())
                .map(stored -> java.util.Map.of("publicName", publicNames.suggest(stored)))
                .orElse(java.util.Map.of());
    }

    /** @throws InputRefused when the decision is incomplete; nothing is changed then */
    @Transactional
    public void complete(String taskId, ScreeningDecision decision, String user) {
        Task task = tasks.open(taskId, TASK);
        InputChecks checks = new InputChecks();
        String reason = null;
        if (decision == null || decision.approve() == null) {
            checks.add("approve", TEXTS.get("membership.screening.decisionRequired"));
        } else if (decision.approve()) {
            checks.check(decision.notAntisocial(), "notAntisocial", TEXTS.get("membership.screening.notAntisocialRequired"));
            checks.check(decision.termsAccepted(), "termsAccepted", TEXTS.get("membership.screening.termsRequired"));
            checks.check(decision.existenceConfirmed(), "existenceConfirmed", TEXTS.get("membership.screening.existenceRequired"));
        } else {
            reason = checks.required("declineReason", TEXTS.get("membership.screening.declineReason"), decision.declineReason(), MAX_REASON);
        }
        long id = tasks.longVariable(task, "applicationId");
        String publicName = null;
        if (Boolean.TRUE.equals(decision == null ? null : decision.approve())) {
            publicName = publicNames.check(decision.publicName(), id, checks);
        }
        checks.throwIfAny();
        boolean approve = decision.approve();
        if (publicName != null) {
            applications.setPublicName(id, publicName);
        }
        applications.recordScreening(id, approve ? StoredApplication.APPROVED : StoredApplication.DECLINED, decision,
                approve ? null : reason, user, clock.instant());
        tasks.complete(task, user, Map.of("approved", approve));
        audit.record(user, AuditAction.APPROVAL, "membership-application:" + id,
                TEXTS.get(approve ? "membership.audit.approved" : "membership.audit.declined",
                        applications.find(id).map(a -> a.application().organizationName()).orElse("")));
    }
}
