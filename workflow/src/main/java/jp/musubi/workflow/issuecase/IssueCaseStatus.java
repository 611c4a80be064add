package jp.musubi.workflow.issuecase;

/** Where an issue case stands in the issue-to-matching process. */
public enum IssueCaseStatus {
    HANDLING_DECISION("取扱判断中"),
    DECLINED("取扱見送り"),
    OTHER_PROGRAM("他事業で対応"),
    ORGANIZING("課題整理中"),
    IDEA_WORKSHOP("アイデア創出中"),
    SELECTION("取組課題選定中"),
    NOT_SELECTED("取組課題に選定せず"),
    COLLECTING_INTENT("参加意向の確認中"),
    PAGE_DRAFTING("課題ページ作成中"),
    PAGE_APPROVAL("課題ページ承認待ち"),
    RECRUITING("提案募集中"),
    EXTENSION_DECISION("募集延長の判断中"),
    REVIEWING("提案審査中"),
    SELECTING("ソリューション選定中"),
    MATCHED("マッチング済"),
    SUPPORTING("実証に向けた支援中"),
    COMPLETED("完了"),
    CLOSED("終了");

    private final String label;

    IssueCaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
