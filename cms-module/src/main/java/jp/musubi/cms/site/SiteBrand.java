package jp.musubi.cms.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The programme's brand colours ({@code musubi.site.brand.*}), CSS hex colours that the layout's
 * {@code /assets/brand.css} gives the stylesheet as custom properties. Every text colour is checked against
 * each background it is drawn on (WCAG 2.x AA, 4.5:1 for normal text): a programme whose colours fail does
 * not start, and the message names each failing pair with its ratio. A colour left out is Tochigi's.
 *
 * @param primary     buttons' background, the secondary buttons' and badges' text on white ({@code --brand})
 * @param primaryDark the header's background, hovered buttons and hovered links ({@code --brand-dark})
 * @param onPrimary   the text on {@code primary} and {@code primaryDark}: header, buttons ({@code --on-brand})
 * @param link        links on the page's white and tinted backgrounds ({@code --link}); {@code primary} if left out
 */
public record SiteBrand(String primary, String primaryDark, String onPrimary, String link) {

    /** The page's background, {@code --paper} of the product's stylesheet (musubi.css). */
    static final String PAPER = "#ffffff";
    /** The footer's, alerts' and table heads' background, {@code --tint} of musubi.css. */
    static final String TINT = "#f3f6f9";

    private static final String DEFAULT_PRIMARY = "#0b5394";
    private static final String DEFAULT_PRIMARY_DARK = "#083b6a";
    private static final String DEFAULT_ON_PRIMARY = "#ffffff";

    /** Tochigi's look, the product's stylesheet defaults. */
    public static final SiteBrand DEFAULT = new SiteBrand(null, null, null, null);

    /**
     * One text colour on one background, named by the properties they come from.
     *
     * @param foreground the text colour's property ({@code on-primary}) or page colour name
     * @param background the background's property or page colour name ({@code paper}, {@code tint})
     */
    public record Pair(String foreground, String foregroundColour, String background, String backgroundColour) {

        public double ratio() {
            return Contrast.ratio(foregroundColour, backgroundColour);
        }

        public boolean passes() {
            return ratio() >= Contrast.AA_NORMAL_TEXT;
        }

        String describe() {
            return foreground + " " + foregroundColour + " on " + background + " " + backgroundColour
                    + " has a contrast ratio of " + Contrast.format(ratio()) + ":1";
        }
    }

    public SiteBrand {
        primary = colour("primary", primary, DEFAULT_PRIMARY);
        primaryDark = colour("primary-dark", primaryDark, DEFAULT_PRIMARY_DARK);
        onPrimary = colour("on-primary", onPrimary, DEFAULT_ON_PRIMARY);
        link = colour("link", link, primary);
        List<Pair> failing = pairs(primary, primaryDark, onPrimary, link).stream()
                .filter(pair -> !pair.passes()).toList();
        if (!failing.isEmpty()) {
            throw new IllegalArgumentException("musubi.site.brand: "
                    + failing.stream().map(Pair::describe).collect(Collectors.joining("; "))
                    + " — WCAG 2.x AA asks at least " + Contrast.AA_NORMAL_TEXT + ":1 for normal text");
        }
    }

    /** Each text colour with each background it is drawn on. */
    public List<Pair> pairs() {
        return pairs(primary, primaryDark, onPrimary, link);
    }

    private static List<Pair> pairs(String primary, String primaryDark, String onPrimary, String link) {
        return List.of(
                new Pair("on-primary", onPrimary, "primary", primary),
                new Pair("on-primary", onPrimary, "primary-dark", primaryDark),
                new Pair("primary", primary, "paper", PAPER),
                new Pair("link", link, "paper", PAPER),
                new Pair("link", link, "tint", TINT),
                new Pair("primary-dark", primaryDark, "paper", PAPER),
                new Pair("primary-dark", primaryDark, "tint", TINT));
    }

    /** The custom properties the product's stylesheet reads, in a {@code :root} rule. */
    public String stylesheet() {
        return ":root{--brand:" + primary + ";--brand-dark:" + primaryDark + ";--on-brand:" + onPrimary
                + ";--link:" + link + "}\n";
    }

    /** A short digest of {@link #stylesheet()}: the layout links {@code /assets/brand.css?v=…} with it. */
    public String version() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stylesheet().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String colour(String property, String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String trimmed = value.strip();
        if (!Contrast.isHexColour(trimmed)) {
            throw new IllegalArgumentException("musubi.site.brand." + property + " must be a CSS hex colour "
                    + "(#rgb or #rrggbb), not " + value);
        }
        return Contrast.normalized(trimmed);
    }
}
