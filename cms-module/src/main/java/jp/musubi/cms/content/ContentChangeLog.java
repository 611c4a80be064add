package jp.musubi.cms.content;

import java.util.List;

/** Read side of the content change log. */
public interface ContentChangeLog {

    /** Changes with a sequence greater than {@code afterSequence}, ascending, at most {@code limit}. */
    List<ContentChange> changesAfter(long afterSequence, int limit);

    /** The highest sequence written so far (0 when none). */
    long lastSequence();
}
