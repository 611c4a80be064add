package jp.musubi.workflow.inbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Picks the resolver of a task's process; a process without one shows its name and business key. */
@Component
public class CaseContexts {

    private final Map<String, CaseContextResolver> resolvers;
    private final ProcessNames processNames;

    CaseContexts(List<CaseContextResolver> resolvers, ProcessNames processNames) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(CaseContextResolver::processKey, Function.identity()));
        this.processNames = processNames;
    }

    /** Whether the task shows its case's review fragment (only where the process's resolver says so). */
    public boolean showsReview(String processKey, String taskDefinitionKey) {
        CaseContextResolver resolver = resolvers.get(processKey);
        return resolver != null && resolver.showsReview(taskDefinitionKey);
    }

    /** Whether a task page of this process shows personal data (its resolver says so). */
    public boolean showsPersonalData(String processKey) {
        CaseContextResolver resolver = resolvers.get(processKey);
        return resolver != null && resolver.showsPersonalData();
    }

    public CaseContext resolve(String processKey, String processInstanceId, String businessKey, Map<String, Object> variables) {
        CaseContextResolver resolver = resolvers.get(processKey);
        CaseContext context = resolver == null ? null : resolver.resolve(processInstanceId, businessKey, variables);
        if (context != null) {
            return context;
        }
        String name = processNames.name(processKey);
        return CaseContext.of(businessKey == null ? name : name + "（" + businessKey + "）", null, List.of());
    }
}
