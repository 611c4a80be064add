package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Which names a diagram's expressions may contain: case variables and registered beans, not other
 * beans nor the engine's own objects. A registered bean is used as it is; a variable as it is or
 * compared, its properties only where the registry allows the path — a property chain on any value
 * leads to its Java class ({@code minutesAccepted.class.classLoader}).
 */
@Component
class ExpressionNames implements ExpressionRules.IdentifierPolicy {

    /** Names Flowable itself resolves in expressions, which lead to the engine's internals. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "variableContainer", "planItemInstance",
            "caseInstance", "processEngineConfiguration", "runtimeService", "taskService", "repositoryService");

    private final ModelerRegistry registry;
    private final ListableBeanFactory beans;

    ExpressionNames(ModelerRegistry registry, ListableBeanFactory beans) {
        this.registry = registry;
        this.beans = beans;
    }

    @Override
    public String check(String name, List<String> properties) {
        if (ENGINE_NAMES.contains(name)) {
            return TEXTS.get("modeler.java.name.engine", name);
        }
        if (registry.allowedBeanNames().contains(name)) {
            // Stays a literal: Messages cannot put a literal "{" next to an argument (see ModelerTexts).
            return properties.isEmpty() ? null : "登録された処理「" + name + "」のプロパティは読めません。処理は「${" + name + "}」の形でだけ使えます。";
        }
        if (beans.containsBean(name)) {
            return TEXTS.get("modeler.java.name.bean", name);
        }
        String path = String.join(".", properties);
        if (!properties.isEmpty() && !registry.isReadableProperty(name + "." + path)) {
            return TEXTS.get("modeler.java.name.property", name, path);
        }
        return null;
    }
}
