package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

/**
 * A reason a diagram cannot be deployed, in Japanese, pointing at the element it concerns.
 *
 * @param elementId   the BPMN id of the element ({@code null} for the diagram as a whole)
 * @param elementName its name as the process owner sees it, or {@code null}
 */
public record DiagramProblem(String elementId, String elementName, String message) {

    /** The message with the element it concerns, as shown in a list of problems. */
    public String describe() {
        if (elementId == null) {
            return message;
        }
        String element = elementName == null || elementName.isBlank() ? elementId : elementName + "（" + elementId + "）";
        return TEXTS.get("modeler.java.problem.atElement", element, message);
    }
}
