package jp.musubi.cms.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A text as it is read: each Kuromoji token replaced by its reading (Kuromoji's reading attribute, in
 * katakana), hiragana folded to katakana, so 苺, いちご and イチゴ all read イチゴ and 水道 and すいどう both
 * read スイドウ. Tokens that touch stay joined (a word split differently in the query and in the text
 * still reads the same); a gap in the text (punctuation, spaces) becomes a space.
 */
final class Readings {

    private Readings() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(normalized.length());
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.setReader(new StringReader(normalized));
            tokenizer.reset();
            int end = -1;
            while (tokenizer.incrementToken()) {
                if (end >= 0 && offset.startOffset() > end) {
                    out.append(' ');
                }
                String read = reading.getReading();
                out.append(katakana(read == null || read.equals("*") ? term.toString() : read));
                end = offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Hiragana (ぁ–ゖ) to the katakana of the same sound; everything else as it is. */
    static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }
}
