package jp.musubi.workflow.modeler;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.delegate.ProcessDelegate;
import jp.musubi.workflow.inbox.TaskForms;
import org.springframework.stereotype.Component;

/**
 * What a process owner may choose from when editing a diagram, and therefore what the safety check
 * accepts: the delegate beans service tasks may call, the task forms the inbox knows, the candidate
 * groups (roles), the business calendars, the processes a call activity may start and the properties
 * of case variables an expression may read. Kept explicit in code, so that adding a delegate is a
 * reviewed change and not a configuration switch. The delegates are the {@link ProcessDelegate} beans
 * the features contribute next to their {@code JavaDelegate}s, and the form keys the task forms they
 * contribute to the inbox, so that neither list is kept by hand here.
 */
@Component
public class ModelerRegistry {

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
    private final List<RegisteredBean> delegates;

    /**
     * @param forms     the task forms the features contribute to the inbox: the form keys a user task may name
     * @param delegates the delegates the features contribute: the beans a service task may call
     */
    ModelerRegistry(TaskForms forms, List<ProcessDelegate> delegates) {
        this.forms = forms;
        this.delegates = registered(delegates);
    }

    /** By bean name, so that the modeler's list does not depend on the order Spring found the features in. */
    private static List<RegisteredBean> registered(List<ProcessDelegate> contributed) {
        Set<String> seen = new HashSet<>();
        for (ProcessDelegate delegate : contributed) {
            if (!seen.add(delegate.beanName())) {
                throw new IllegalStateException("Two entries are contributed for delegate \"" + delegate.beanName() + "\"");
            }
        }
        return contributed.stream().sorted(Comparator.comparing(ProcessDelegate::beanName))
                .map(delegate -> new RegisteredBean(delegate.beanName(), delegate.label())).toList();
    }

    public List<RegisteredBean> delegates() {
        return delegates;
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
        return delegates.stream().filter(bean -> bean.name().equals(name)).findFirst();
    }

    /** Every bean name an expression may contain: the delegates, the only beans a diagram may name. */
    public Set<String> allowedBeanNames() {
        return delegates.stream().map(RegisteredBean::name).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isRole(String name) {
        return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name));
    }
}
