package jp.musubi.workflow.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secrets of an application: the personal link's token (only its SHA-256 is stored) and the check-in code
 * (eight characters without the look-alikes 0/O, 1/I/L, typed at the door as printed or scanned as a QR code).
 */
final class CheckinCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckinCodes() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as it may appear in a path: URL-safe Base64 of 32 bytes. */
    static boolean looksLikeToken(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed or scanned code: full-width to half-width, upper case, without spaces and hyphens; null if empty. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-ー－]", "");
        return code.isEmpty() ? null : code;
    }

    static boolean wellFormed(String code) {
        return code != null && code.length() == CODE_LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
