package jp.musubi.cms.site;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WCAG 2.x contrast of two sRGB colours written as CSS hex ({@code #rgb} or {@code #rrggbb}): the relative
 * luminance of each (WCAG 2.x "relative luminance") and their ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21.
 */
public final class Contrast {

    /** Success criterion 1.4.3 (AA): normal text needs 4.5:1 against its background. */
    public static final double AA_NORMAL_TEXT = 4.5;

    private static final Pattern HEX = Pattern.compile("#(\\p{XDigit}{3}|\\p{XDigit}{6})");

    private Contrast() {
    }

    /** Whether {@code colour} is a CSS hex colour this class reads: {@code #rgb} or {@code #rrggbb}. */
    public static boolean isHexColour(String colour) {
        return colour != null && HEX.matcher(colour).matches();
    }

    /** The colour as lower-case {@code #rrggbb}. */
    public static String normalized(String colour) {
        int[] rgb = rgb(colour);
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** WCAG 2.x relative luminance: 0 for black, 1 for white. */
    public static double relativeLuminance(String colour) {
        int[] rgb = rgb(colour);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    /** The contrast ratio of the two colours, whichever is lighter: 1 (same) to 21 (black on white). */
    public static double ratio(String foreground, String background) {
        double a = relativeLuminance(foreground);
        double b = relativeLuminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /**
     * The ratio as contrast checkers show it, two decimals (#777777 on white: 4.48); a ratio just under 4.5 that
     * two decimals would show as 4.50 gets a third (4.499), so a failing ratio never reads as a passing one.
     */
    public static String format(double ratio) {
        String shown = String.format(Locale.ROOT, "%.2f", ratio);
        if (ratio < AA_NORMAL_TEXT && Double.parseDouble(shown) >= AA_NORMAL_TEXT) {
            return String.format(Locale.ROOT, "%.3f", Math.floor(ratio * 1000) / 1000);
        }
        return shown;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String colour) {
        if (!isHexColour(colour)) {
            throw new IllegalArgumentException("Not a CSS hex colour (#rgb or #rrggbb): " + colour);
        }
        String hex = colour.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int value = Integer.parseInt(hex, 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
