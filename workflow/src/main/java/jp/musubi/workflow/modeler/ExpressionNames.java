package jp.musubi.workflow.modeler;

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
            return "「" + name + "」はエンジン内部のオブジェクトのため使えません。ケースの変数を使ってください。";
        }
        if (registry.allowedBeanNames().contains(name)) {
            return properties.isEmpty() ? null : "登録された処理「" + name + "」のプロパティは読めません。処理は「${" + name + "}」の形でだけ使えます。";
        }
        if (beans.containsBean(name)) {
            return "「" + name + "」はシステムの内部の部品（登録されていない Bean）のため使えません。ケースの変数か登録された処理を使ってください。";
        }
        String path = String.join(".", properties);
        if (!properties.isEmpty() && !registry.isReadableProperty(name + "." + path)) {
            return "ケースの変数「" + name + "」のプロパティ（." + path + "）は読めません。変数はそのまま使うか、値と比べる式にしてください。";
        }
        return null;
    }
}
