package jp.musubi.workflow.modeler;

import java.util.List;

/** A process with its versions, newest first (the first is the one new cases start on). */
public record ProcessSummary(String key, String name, List<ProcessVersion> versions) {

    public ProcessVersion latest() {
        return versions.get(0);
    }

    public long running() {
        return versions.stream().mapToLong(ProcessVersion::running).sum();
    }
}
