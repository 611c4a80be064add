package jp.musubi.workflow.modeler;

import java.util.List;

/** A diagram was not deployed because it breaks the rules; nothing was deployed. */
public class DiagramRefusedException extends RuntimeException {

    private final transient List<DiagramProblem> problems;

    public DiagramRefusedException(List<DiagramProblem> problems) {
        super("Diagram refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<DiagramProblem> problems() {
        return problems;
    }
}
