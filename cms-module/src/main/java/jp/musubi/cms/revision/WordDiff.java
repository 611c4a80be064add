package jp.musubi.cms.revision;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A text diff in words. Japanese has no spaces between words, so a "word" is a run of one script
 * (kanji, hiragana, katakana, Latin letters and digits); spaces and punctuation are words of their
 * own. Myers' algorithm (java-diff-utils) keeps long texts cheap.
 */
final class WordDiff {

    private WordDiff() {
    }

    static List<DiffSegment> diff(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<DiffSegment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, DiffSegment.Kind.EQUAL, a.subList(position, start));
            add(segments, DiffSegment.Kind.DELETED, delta.getSource().getLines());
            add(segments, DiffSegment.Kind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, DiffSegment.Kind.EQUAL, a.subList(position, a.size()));
        return segments;
    }

    /** Consecutive words of the same kind become one segment. */
    private static void add(List<DiffSegment> segments, DiffSegment.Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            DiffSegment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new DiffSegment(kind, text));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int group = group(codePoint);
            int end = i + Character.charCount(codePoint);
            if (group != OTHER) {
                while (end < text.length() && group(text.codePointAt(end)) == group) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            words.add(text.substring(i, end));
            i = end;
        }
        return words;
    }

    private static final int OTHER = 0;

    private static int group(int codePoint) {
        if (Character.isLetterOrDigit(codePoint) && codePoint < 0x3000) {
            return 1;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return switch (script) {
            case HAN -> 2;
            case HIRAGANA -> 3;
            case KATAKANA -> codePoint == 0x30FB ? OTHER : 4;
            case COMMON -> codePoint == 0x30FC ? 4 : Character.isLetterOrDigit(codePoint) ? 5 : OTHER;
            default -> Character.isLetterOrDigit(codePoint) ? 5 : OTHER;
        };
    }
}
