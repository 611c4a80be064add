package jp.musubi.workflow.inbox;

/** The three lists of the inbox. */
public enum InboxView {
    /** Open tasks assigned to the user: 自分のタスク. */
    MINE,
    /** Open, unclaimed tasks whose candidate groups include one of the user's roles: グループのタスク. */
    GROUP,
    /** Tasks the user completed, most recent first: 完了済み. */
    DONE
}
