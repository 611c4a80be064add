package jp.musubi.webapp.support;

/**
 * What a user of each programme sees and a journey test checks: the word for the local-government level, the
 * kind of event and the target the dashboard counts its attendance under, its demo member company (the
 * {@code member} login's organization, with a seed and a published 人材情報), and whether it runs issue matching.
 */
public enum Programme {

    TOCHIGI("市町", "kickoff", "kickoff-attendance", "キックオフイベントの参加者数（現地）", "株式会社とちぎ工業", "栃木 一郎",
            new DemoMember("nasuno-denshi", "株式会社那須野電子", "nasuno-denshi-iot-engineer"), "hibari-node-data-team", true),
    KUMAMOTO("市町村", "open-event", "open-event-attendance", "参集型イベントの参加者数", "株式会社くまもと工業", "熊本 一郎",
            new DemoMember("higo-denshi", "株式会社肥後電子", "higo-denshi-embedded-engineer"), "koshi-datalab-analysts", false);

    /** The demo member company: its organization key (also its 会員紹介 page), name and own 人材情報. */
    public record DemoMember(String key, String name, String talent) {
    }

    private final String localGovernmentTerm;
    private final String attendanceEventType;
    private final String attendanceTarget;
    private final String attendanceTargetLabel;
    private final String companyName;
    private final String personName;
    private final DemoMember member;
    private final String dataTeamTalent;
    private final boolean issueMatching;

    Programme(String localGovernmentTerm, String attendanceEventType, String attendanceTarget, String attendanceTargetLabel, String companyName,
              String personName, DemoMember member, String dataTeamTalent, boolean issueMatching) {
        this.localGovernmentTerm = localGovernmentTerm;
        this.attendanceEventType = attendanceEventType;
        this.attendanceTarget = attendanceTarget;
        this.attendanceTargetLabel = attendanceTargetLabel;
        this.companyName = companyName;
        this.personName = personName;
        this.member = member;
        this.dataTeamTalent = dataTeamTalent;
        this.issueMatching = issueMatching;
    }

    /** 市町 (Tochigi) or 市町村 (Kumamoto), as labels and messages say it. */
    public String localGovernmentTerm() {
        return localGovernmentTerm;
    }

    /** The kind of event whose check-ins that target counts (Tochigi's kickoff, Kumamoto's open event). */
    public String attendanceEventType() {
        return attendanceEventType;
    }

    /** The id of the programme target under which check-ins at an event are counted. */
    public String attendanceTarget() {
        return attendanceTarget;
    }

    /** That target's row label on /admin/program. */
    public String attendanceTargetLabel() {
        return attendanceTargetLabel;
    }

    /** A plausible local company for the forms a visitor fills in. */
    public String companyName() {
        return companyName;
    }

    public String personName() {
        return personName;
    }

    public DemoMember member() {
        return member;
    }

    /** A demo 人材情報 whose title says データ分析チーム. */
    public String dataTeamTalent() {
        return dataTeamTalent;
    }

    /** Tochigi's municipal issues and issue-to-matching; Kumamoto has neither. */
    public boolean issueMatching() {
        return issueMatching;
    }
}
