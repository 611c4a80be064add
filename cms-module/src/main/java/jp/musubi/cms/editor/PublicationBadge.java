package jp.musubi.cms.editor;

import static jp.musubi.cms.editor.EditorTexts.TEXTS;

import jp.musubi.cms.content.PublicationStatus;

/**
 * An item's publication state as shown in the editor: text and an icon (never colour alone).
 * Waiting for approval (承認待ち) wins over the stored state, as it is what the editor must know.
 */
public record PublicationBadge(String label, String icon, String css) {

    /** Not a stored state: the CMS has the flag, the label is the editor's. */
    static final String PENDING = TEXTS.get("editor.badge.pending");

    static PublicationBadge of(PublicationStatus status, boolean approvalPending) {
        if (approvalPending) {
            return new PublicationBadge(PENDING, "⏳", "badge badge--pending");
        }
        return switch (status) {
            case UNPUBLISHED -> new PublicationBadge(status.label(), "○", "badge badge--unpublished");
            case MODIFIED -> new PublicationBadge(status.label(), "◐", "badge badge--modified");
            case PUBLISHED -> new PublicationBadge(status.label(), "●", "badge badge--published");
        };
    }
}
