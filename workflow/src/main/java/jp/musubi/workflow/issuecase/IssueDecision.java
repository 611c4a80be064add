package jp.musubi.workflow.issuecase;

/** The prefecture's 取扱判断 on a submitted issue. */
public enum IssueDecision {
    HANDLE("本プラットフォームで取り扱います",
            "今後、事務局から課題整理のためのヒアリングの日程についてご連絡いたします。"),
    OTHER_PROGRAM("他の事業での対応をご案内します",
            "本課題は、県の他の事業で対応することが適切と判断いたしました。担当から、あらためてご案内いたします。"),
    DECLINE("今回は取扱いを見送ります",
            "誠に恐れ入りますが、今回は本プラットフォームでの取扱いを見送ることとなりました。");

    private final String label;
    private final String explanation;

    IssueDecision(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What happens next, in a sentence for the submitter. */
    public String explanation() {
        return explanation;
    }
}
