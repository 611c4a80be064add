package jp.musubi.workflow.delegate;

import java.util.Objects;

/**
 * A {@code JavaDelegate} bean a service task may call ({@code flowable:delegateExpression="${beanName}"}),
 * contributed as a bean by the feature that owns it. Adding one is a reviewed code change, not a setting.
 *
 * @param beanName the delegate's bean name as written in the diagram
 * @param label    Japanese description shown in the modeler's choices
 */
public record ProcessDelegate(String beanName, String label) {

    public ProcessDelegate {
        Objects.requireNonNull(beanName, "beanName");
        Objects.requireNonNull(label, "label");
    }
}
