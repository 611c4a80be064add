package jp.musubi.workflow.modeler;

import jp.musubi.cms.common.JapaneseTimes;

/** One version in the modeler's list, formatted for the page. */
public record VersionRow(int version, String deployedAt, String deployedBy, long running) {

    static VersionRow of(ProcessVersion version) {
        return new VersionRow(version.version(), JapaneseTimes.dateTime(version.deployedAt()),
                version.deployedBy() == null ? "起動時の自動デプロイ" : version.deployedBy(), version.running());
    }
}
