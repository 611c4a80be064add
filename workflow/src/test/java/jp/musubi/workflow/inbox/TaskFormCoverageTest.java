package jp.musubi.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jp.musubi.workflow.inbox.DiagramFormKeys.FormKeyUse;
import jp.musubi.workflow.modeler.ModelerRegistry;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The task forms the features contribute agree with the diagrams and with the modeler: every form key a
 * shipped diagram names has a form, and the modeler offers exactly the contributed ones.
 */
@WorkflowSpringBootTest
class TaskFormCoverageTest {

    @Autowired
    List<TaskForm> contributed;
    @Autowired
    TaskForms forms;
    @Autowired
    ModelerRegistry registry;
    @Autowired
    ConfigurableListableBeanFactory beans;

    /** Found on the class path rather than listed, so that a diagram added to the bpmn module is checked too. */
    @Test
    void everyFormKeyOfTheShippedDiagramsHasAContributedTaskForm() {
        List<FormKeyUse> uses = DiagramFormKeys.read("classpath*:processes/*.bpmn20.xml");

        assertThat(uses).extracting(FormKeyUse::diagram).contains("issue-to-matching.bpmn20.xml",
                "content-publication.bpmn20.xml", "member-registration.bpmn20.xml", "inquiry.bpmn20.xml",
                "consultation-matching.bpmn20.xml");
        DiagramFormKeys.assertEachHasATaskForm(uses, forms.formKeys());
        uses.forEach(use -> assertThat(forms.find(use.formKey())).as(use.describe()).isPresent());
    }

    @Test
    void aFormKeyWithoutATaskFormFailsNamingItAndItsTask() {
        List<FormKeyUse> uses = DiagramFormKeys.read("classpath:jp/musubi/workflow/inbox/form-key-without-form.bpmn20.xml");

        assertThat(uses).extracting(FormKeyUse::formKey).containsExactly("inquiry-reply", "fixture-unknown-review");
        assertThatThrownBy(() -> DiagramFormKeys.assertEachHasATaskForm(uses, forms.formKeys()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("No TaskForm bean is contributed for formKey \"fixture-unknown-review\" of user task "
                        + "fixture-process/unknownForm (form-key-without-form.bpmn20.xml). "
                        + "Contribute one from the feature that owns the process.");
    }

    @Test
    void theModelerOffersExactlyTheContributedFormKeys() {
        List<String> beanKeys = contributed.stream().map(TaskForm::formKey).sorted().toList();

        assertThat(beanKeys).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(19);
        assertThat(registry.formKeys()).containsExactlyElementsOf(beanKeys);
    }

    /** Each process's forms come from the feature that owns the process, not from the inbox. */
    @Test
    void eachFeatureContributesTheFormsOfItsProcess() {
        Map<String, TreeSet<String>> byFeature = new TreeMap<>();
        beans.getBeansOfType(TaskForm.class).forEach((name, form) -> {
            String configuration = beans.getBeanDefinition(name).getFactoryBeanName();
            String feature = beans.getType(configuration).getPackageName().replace("jp.musubi.workflow.", "");
            byFeature.computeIfAbsent(feature, f -> new TreeSet<>()).add(form.formKey());
        });

        assertThat(byFeature).containsOnlyKeys("approval", "consultation", "inquiry", "issuecase", "membership",
                "minutes");
        assertThat(byFeature.get("minutes")).containsExactly("minutes-correct", "minutes-overdue", "minutes-review", "minutes-write");
        assertThat(byFeature.get("consultation")).containsExactly("consultation-advice", "consultation-effect",
                "consultation-follow-up", "consultation-inform", "consultation-intake", "consultation-organize");
        assertThat(byFeature.get("approval")).containsExactly("publication-approval", "publication-revision");
        assertThat(byFeature.get("inquiry")).containsExactly("inquiry-prefecture-check", "inquiry-reply", "inquiry-triage");
        assertThat(byFeature.get("membership")).containsExactly("member-profile-change-review",
                "member-withdrawal-confirmation", "membership-screening");
        assertThat(byFeature.get("issuecase")).containsExactly("demonstration-support", "idea-workshop",
                "issue-handling-decision", "issue-hearing", "issue-page-approval", "issue-page-draft", "issue-selection",
                "proposal-extension", "proposal-review", "selection-hearing", "selection-meeting");
    }

    @Test
    void twoFormsForOneFormKeyStopStartUpNamingTheKey() {
        TaskForm first = new TaskForm("inquiry-reply", List.of(FormField.text("reply", true, 4000)), in -> { });
        TaskForm second = new TaskForm("inquiry-reply", List.of(), in -> { });

        assertThatThrownBy(() -> new TaskForms(List.of(first, second)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two task forms are contributed for formKey \"inquiry-reply\"");
    }
}
