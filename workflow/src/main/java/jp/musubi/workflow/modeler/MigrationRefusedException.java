package jp.musubi.workflow.modeler;

import java.util.List;

/** Flowable's migration validation found running cases that cannot move to the new version; none moved. */
public class MigrationRefusedException extends RuntimeException {

    private final transient List<String> reasons;

    public MigrationRefusedException(List<String> reasons) {
        super("Migration refused: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    /** Japanese reasons (with Flowable's own message in brackets). */
    public List<String> reasons() {
        return reasons;
    }
}
