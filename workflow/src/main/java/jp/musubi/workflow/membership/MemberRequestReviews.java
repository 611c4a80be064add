package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.time.Clock;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.cms.input.InputRefused;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's decisions on member requests: 変更内容の確認 ({@code reviewProfileChange}) and
 * 退会の確認 ({@code confirmWithdrawal}). Each records the decision and completes the task in one
 * transaction, with the delegate that applies it.
 */
@Service
public class MemberRequestReviews {

    static final String REVIEW_TASK = "reviewProfileChange";
    static final String WITHDRAWAL_TASK = "confirmWithdrawal";

    private final MembershipTasks tasks;
    private final MemberRequestRepository requests;
    private final OrganizationRepository organizations;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Clock clock;

    MemberRequestReviews(MembershipTasks tasks, MemberRequestRepository requests, OrganizationRepository organizations,
                         AccountService accounts, Notifications notifications, Clock clock) {
        this.tasks = tasks;
        this.requests = requests;
        this.organizations = organizations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * @param approve true = publish the change; false = refuse it, {@code comment} saying why
     * @throws InputRefused when refusing without a reason; nothing is changed then
     */
    @Transactional
    public void reviewProfileChange(String taskId, Boolean approve, String comment, String user) {
        Task task = tasks.open(taskId, REVIEW_TASK);
        InputChecks checks = new InputChecks();
        String cleaned;
        if (approve == null) {
            checks.add("approve", TEXTS.get("membership.review.decisionRequired"));
            cleaned = null;
        } else if (approve) {
            cleaned = checks.optional("comment", TEXTS.get("membership.review.comment"), comment, 1000);
        } else {
            cleaned = checks.required("comment", TEXTS.get("membership.review.rejectionReason"), comment, 1000);
        }
        checks.throwIfAny();
        long id = tasks.longVariable(task, "requestId");
        requests.decide(id, approve ? MemberRequest.APPROVED : MemberRequest.REJECTED, cleaned, user, clock.instant());
        tasks.complete(task, user, Map.of("profileChangeApproved", approve));
        mailDecision(id, approve, cleaned);
    }

    /** To the member who asked (its account's address), else the organization's contact. */
    private void mailDecision(long id, boolean approved, String comment) {
        MemberRequest request = requests.find(id).orElseThrow();
        Organization org = organizations.findByKey(request.organizationKey()).orElseThrow();
        Account account = request.requestedBy() == null ? null : accounts.findByUsername(request.requestedBy()).orElse(null);
        String to = account != null && account.email() != null ? account.email() : null;
        String name = account != null ? account.displayName() : null;
        if (to == null) {
            OrganizationContact contact = organizations.contacts(org.key()).stream().findFirst().orElse(null);
            if (contact == null || contact.email() == null) {
                return;
            }
            to = contact.email();
            name = contact.personName();
        }
        notifications.send(new MemberProfileChangeDecided(to, name == null ? org.name() : name, org.name(), org.key(),
                approved, comment));
    }

    /**
     * @param intentConfirmed the secretariat confirmed with the member that it wants to withdraw
     * @throws InputRefused when the intent was not confirmed; nothing is changed then
     */
    @Transactional
    public void confirmWithdrawal(String taskId, boolean intentConfirmed, String comment, String user) {
        Task task = tasks.open(taskId, WITHDRAWAL_TASK);
        InputChecks checks = new InputChecks();
        checks.check(intentConfirmed, "intentConfirmed", TEXTS.get("membership.review.intentRequired"));
        String cleaned = checks.optional("comment", TEXTS.get("membership.review.comment"), comment, 1000);
        checks.throwIfAny();
        requests.decide(tasks.longVariable(task, "requestId"), MemberRequest.APPROVED, cleaned, user, clock.instant());
        tasks.complete(task, user, Map.of());
    }
}
