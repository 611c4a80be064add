package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import jp.musubi.cms.common.JapaneseTimes;

/** One version in the modeler's list, formatted for the page. */
public record VersionRow(int version, String deployedAt, String deployedBy, long running) {

    static VersionRow of(ProcessVersion version) {
        return new VersionRow(version.version(), JapaneseTimes.dateTime(version.deployedAt()),
                version.deployedBy() == null ? TEXTS.get("modeler.java.version.deployedAtStartup") : version.deployedBy(), version.running());
    }
}
