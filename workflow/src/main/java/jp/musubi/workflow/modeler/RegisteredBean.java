package jp.musubi.workflow.modeler;

/**
 * A Spring bean a diagram may name in an expression.
 *
 * @param name  the bean name as written in {@code ${name}}
 * @param label Japanese description shown in the modeler's choices
 */
public record RegisteredBean(String name, String label) {
}
