package jp.musubi.cms.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Sans JP draws several characters with one glyph — 目 and the Kangxi radical ⽬ (U+2F6C), ・ and
 * the hyphenation point ‧ (U+2027) — and PDFBox writes the lowest code point into the font's ToUnicode
 * map: copied or searched text, and screen readers, would read ⽬標 for 目標. This rewrites each
 * embedded font's map, choosing among the code points of a glyph (the font's own cmap, reversed) the
 * Japanese one: kana, ideographs, full-width forms; radicals left over become ideographs (NFKC).
 * Subsetting keeps the original glyph ids as CIDs, which is what lets the font's cmap be used here;
 * a mapping the cmap does not confirm is left as it is.
 */
final class ToUnicodeRepair {

    private ToUnicodeRepair() {
    }

    /** Reverse cmaps of the bundled fonts: the bold one for subset fonts whose name says Bold. */
    record Lookups(CmapLookup regular, CmapLookup bold) {
        CmapLookup of(PDFont font) {
            return font.getName() != null && font.getName().contains("Bold") ? bold : regular;
        }
    }

    static byte[] repair(byte[] pdf, Lookups lookups) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> done = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && done.add(type0.getCOSObject())) {
                        changed |= repair(document, type0, lookups.of(type0));
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean repair(PDDocument document, PDType0Font font, CmapLookup cmap) throws IOException {
        Map<Integer, String> mappings = new TreeMap<>();
        boolean radicals = false;
        // The written map only: PDType0Font.toUnicode also answers codes the subset never uses (from the whole
        // font), and mapping those made every document's map some 270 KB per font instead of a few hundred bytes.
        CMap written = writtenMap(font);
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = written != null ? written.toUnicode(code, 2) : font.toUnicode(code);
            if (unicode == null || unicode.isEmpty()) {
                continue;
            }
            String fixed = ideographs(preferred(unicode, code, cmap));
            radicals |= !fixed.equals(unicode);
            mappings.put(code, fixed);
        }
        if (!radicals) {
            return false;
        }
        PDStream stream = new PDStream(document, new ByteArrayInputStream(cmap(mappings)), COSName.FLATE_DECODE);
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        return true;
    }

    private static CMap writtenMap(PDType0Font font) throws IOException {
        if (!(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)) {
            return null;
        }
        try (var in = stream.createInputStream()) {
            return new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    private static String preferred(String unicode, int glyph, CmapLookup cmap) {
        if (cmap == null || unicode.codePointCount(0, unicode.length()) != 1 || japanese(unicode.codePointAt(0))) {
            return unicode;
        }
        List<Integer> candidates = cmap.getCharCodes(glyph);
        if (candidates == null || !candidates.contains(unicode.codePointAt(0))) {
            return unicode;
        }
        return candidates.stream().filter(ToUnicodeRepair::japanese).sorted().findFirst()
                .map(c -> new String(Character.toChars(c))).orElse(unicode);
    }

    private static boolean japanese(int c) {
        return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static String ideographs(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 0x2E80 && c <= 0x2FDF) {
                out.append(Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static byte[] cmap(Map<Integer, String> mappings) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = mappings.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var block = entries.subList(start, Math.min(entries.size(), start + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
