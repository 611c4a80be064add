package jp.musubi.workflow.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** Japanese names of the deployed processes (the latest version's), for lists and filters. */
@Component
public class ProcessNames {

    private final RepositoryService repository;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    ProcessNames(RepositoryService repository) {
        this.repository = repository;
    }

    public String name(String processKey) {
        if (processKey == null) {
            return "";
        }
        return names.computeIfAbsent(processKey, key -> {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            return definition == null || definition.getName() == null ? key : definition.getName();
        });
    }

    /** Key → name of every deployed process, ordered by name. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc().list()
                .forEach(definition -> all.put(definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName()));
        return all;
    }
}
