package jp.musubi.workflow.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.StringStreamSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The {@code flowable:formKey} of every user task of some diagrams, and the check that each has a task form. */
final class DiagramFormKeys {

    /** One user task with a form key, and where it is. */
    record FormKeyUse(String diagram, String processId, String taskId, String formKey) {

        String describe() {
            return "formKey \"" + formKey + "\" of user task " + processId + "/" + taskId + " (" + diagram + ")";
        }
    }

    private DiagramFormKeys() {
    }

    /** @param pattern a Spring resource pattern such as {@code classpath*:processes/*.bpmn20.xml} */
    static List<FormKeyUse> read(String pattern) {
        try {
            List<FormKeyUse> uses = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                uses.addAll(read(resource));
            }
            return uses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FormKeyUse> read(Resource resource) throws IOException {
        String xml = resource.getContentAsString(StandardCharsets.UTF_8);
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(new StringStreamSource(xml, "UTF-8"), false, true, "UTF-8");
        List<FormKeyUse> uses = new ArrayList<>();
        for (Process process : model.getProcesses()) {
            for (UserTask task : process.findFlowElementsOfType(UserTask.class)) {
                if (task.getFormKey() != null && !task.getFormKey().isBlank()) {
                    uses.add(new FormKeyUse(resource.getFilename(), process.getId(), task.getId(), task.getFormKey().strip()));
                }
            }
        }
        return uses;
    }

    /** @throws AssertionError naming every form key (and its user task) that has no contributed task form */
    static void assertEachHasATaskForm(List<FormKeyUse> uses, Collection<String> formKeys) {
        List<String> missing = uses.stream().filter(use -> !formKeys.contains(use.formKey())).map(FormKeyUse::describe).toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("No TaskForm bean is contributed for " + String.join("; ", missing)
                    + ". Contribute one from the feature that owns the process.");
        }
    }
}
