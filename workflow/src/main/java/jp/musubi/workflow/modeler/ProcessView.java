package jp.musubi.workflow.modeler;

import java.util.List;

/** A process as the modeler's pages show it: its versions newest first and its running cases. */
public record ProcessView(String key, String name, List<VersionRow> versions, long running) {

    static ProcessView of(ProcessSummary process) {
        return new ProcessView(process.key(), process.name(), process.versions().stream().map(VersionRow::of).toList(),
                process.running());
    }

    public VersionRow latest() {
        return versions.get(0);
    }
}
