package jp.musubi.workflow.municipal;

import java.util.List;

import jp.musubi.workflow.issuecase.IssueCaseStatus;

/**
 * The step of an issue as its municipality sees it: the main path 受付 → 取扱判断中 → 課題整理中 →
 * 選定審査中 → 提案募集中 → 選定中 → マッチング済, or where it left that path.
 */
public enum MunicipalStep {
    RECEIVED, HANDLING, ORGANIZING, SELECTION_REVIEW, RECRUITING, SELECTING, MATCHED,
    OTHER_PROGRAM, DECLINED, IDEA_CREATION, CLOSED;

    /** The main path, in order, for the progress list. */
    public static final List<MunicipalStep> PATH = List.of(RECEIVED, HANDLING, ORGANIZING, SELECTION_REVIEW, RECRUITING,
            SELECTING, MATCHED);

    /** Key prefix of the labels, followed by the constant's name. */
    private static final String PREFIX = "municipal.step.";

    public String label() {
        return MunicipalTexts.TEXTS.get(PREFIX + name());
    }

    public boolean onPath() {
        return PATH.contains(this);
    }

    static MunicipalStep of(IssueCaseStatus status) {
        return switch (status) {
            case HANDLING_DECISION -> HANDLING;
            case DECLINED, NOT_SELECTED -> DECLINED;
            case OTHER_PROGRAM -> OTHER_PROGRAM;
            case ORGANIZING -> ORGANIZING;
            case IDEA_WORKSHOP -> IDEA_CREATION;
            case SELECTION, COLLECTING_INTENT, PAGE_DRAFTING, PAGE_APPROVAL -> SELECTION_REVIEW;
            case RECRUITING, EXTENSION_DECISION -> RECRUITING;
            case REVIEWING, SELECTING -> SELECTING;
            case MATCHED, SUPPORTING, COMPLETED -> MATCHED;
            case CLOSED -> CLOSED;
        };
    }
}
