package jp.musubi.workflow.modeler;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.inbox.TaskForms;
import org.springframework.stereotype.Component;

/**
 * What a process owner may choose from when editing a diagram, and therefore what the safety check
 * accepts: the delegate beans service tasks may call, the task forms the inbox knows, the candidate
 * groups (roles), the business calendars, the processes a call activity may start and the properties
 * of case variables an expression may read. Kept explicit in code, next to the beans it names, so
 * that adding a delegate is a reviewed change and not a configuration switch. The form keys are the
 * ones the features contribute to the inbox as task forms, so the two cannot disagree.
 */
@Component
public class ModelerRegistry {

    /** Service-task delegates ({@code flowable:delegateExpression="${name}"}). */
    private static final List<RegisteredBean> DELEGATES = List.of(
            new RegisteredBean("issueDecisionNotifier", "取扱判断結果の通知"),
            new RegisteredBean("participationIntentTally", "参加意向の集計"),
            new RegisteredBean("issuePagePublisher", "課題ページの公開（募集中）"),
            new RegisteredBean("proposalCounter", "提案の集計"),
            new RegisteredBean("proposalCallExtender", "募集期間の延長"),
            new RegisteredBean("issueClosingDelegate", "課題の終了（終了）"),
            new RegisteredBean("issueSelectingDelegate", "公開状態の更新（選定中）"),
            new RegisteredBean("matchingDelegate", "マッチング"),
            new RegisteredBean("publishContentDelegate", "コンテンツの公開"),
            new RegisteredBean("rejectContentDelegate", "コンテンツの差戻し"),
            new RegisteredBean("newsletterDelegate", "会員向けメール配信"),
            new RegisteredBean("minutesReminderDelegate", "打合せ記録の督促"),
            new RegisteredBean("inquiryReplyDelegate", "回答メール送信"),
            new RegisteredBean("membershipAdmissionDelegate", "入会手続き"),
            new RegisteredBean("membershipDeclineDelegate", "見送りの通知"),
            new RegisteredBean("memberProfileChangeDelegate", "公開プロフィールの更新"),
            new RegisteredBean("memberWithdrawalDelegate", "退会処理"));

    /**
     * Beans an expression may name besides the delegates (e.g. in a condition). None today: conditions
     * read case variables only. A bean added here is evaluated as a value, never with a method call.
     */
    private static final List<RegisteredBean> EXPRESSION_BEANS = List.of();

    /**
     * Processes a call activity may start ({@code calledElement}, by key). None today: a call starts
     * another process with this one's variables, so each callable process is a reviewed addition.
     */
    private static final List<String> CALLABLE_PROCESSES = List.of();

    /**
     * Property paths of case variables an expression may read ({@code "issue.title"}). None today: the
     * product's diagrams compare variables as they are, and property access on a variable is the way to
     * its Java class ({@code minutesAccepted.class.classLoader}).
     */
    private static final List<String> VARIABLE_PROPERTIES = List.of();

    /** Business calendars registered with Flowable ({@code flowable:businessCalendarName}). */
    private static final List<String> CALENDARS = List.of("japanese");

    private final TaskForms forms;

    /** @param forms the task forms the features contribute to the inbox: the form keys a user task may name */
    ModelerRegistry(TaskForms forms) {
        this.forms = forms;
    }

    public List<RegisteredBean> delegates() {
        return DELEGATES;
    }

    public List<RegisteredBean> expressionBeans() {
        return EXPRESSION_BEANS;
    }

    public List<String> formKeys() {
        return forms.formKeys();
    }

    public List<String> calendars() {
        return CALENDARS;
    }

    public List<String> callableProcesses() {
        return CALLABLE_PROCESSES;
    }

    public boolean isCallable(String processKey) {
        return CALLABLE_PROCESSES.contains(processKey);
    }

    /** Whether an expression may read {@code path} ({@code variable.property…}). */
    public boolean isReadableProperty(String path) {
        return VARIABLE_PROPERTIES.contains(path);
    }

    public List<Role> candidateGroups() {
        return Arrays.asList(Role.values());
    }

    public Optional<RegisteredBean> delegate(String name) {
        return DELEGATES.stream().filter(bean -> bean.name().equals(name)).findFirst();
    }

    /** Every bean name an expression may contain: the delegates and the expression beans. */
    public Set<String> allowedBeanNames() {
        return java.util.stream.Stream.concat(DELEGATES.stream(), EXPRESSION_BEANS.stream())
                .map(RegisteredBean::name).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isRole(String name) {
        return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name));
    }
}
