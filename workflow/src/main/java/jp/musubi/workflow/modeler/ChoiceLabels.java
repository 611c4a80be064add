package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The Japanese names the properties panel shows for what the registry holds by key: a task form by the
 * user tasks of the deployed diagrams that open it (「取扱判断」 rather than {@code issue-handling-decision}),
 * a business calendar by its description. The keys stay what is written into the diagram.
 */
@Component
class ChoiceLabels {

    /** The message key of each registered calendar's description. */
    private static final Map<String, String> CALENDAR_KEYS = Map.of("japanese", "modeler.java.choices.calendar.japanese");

    private final ModelerRegistry registry;
    private final RepositoryService repository;

    ChoiceLabels(ModelerRegistry registry, RepositoryService repository) {
        this.registry = registry;
        this.repository = repository;
    }

    /** Form key → the names of the user tasks that use it in the latest deployed versions. */
    Map<String, String> forms() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        registry.formKeys().forEach(key -> names.put(key, new LinkedHashSet<>()));
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            BpmnModel model = repository.getBpmnModel(definition.getId());
            model.getProcesses().forEach(process -> process.findFlowElementsOfType(UserTask.class).forEach(task -> {
                Set<String> used = task.getFormKey() == null ? null : names.get(task.getFormKey().strip());
                if (used != null && task.getName() != null && !task.getName().isBlank()) {
                    used.add(task.getName().strip());
                }
            }));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        names.forEach((key, tasks) -> labels.put(key, tasks.isEmpty()
                ? TEXTS.get("modeler.java.choices.formUnused", key)
                : TEXTS.get("modeler.java.choices.form", String.join(TEXTS.get("modeler.java.listSeparator"), tasks))));
        return labels;
    }

    /** Calendar name → its description. */
    Map<String, String> calendars() {
        Map<String, String> labels = new LinkedHashMap<>();
        registry.calendars().forEach(name -> labels.put(name,
                CALENDAR_KEYS.containsKey(name) ? TEXTS.get(CALENDAR_KEYS.get(name)) : name));
        return labels;
    }
}
