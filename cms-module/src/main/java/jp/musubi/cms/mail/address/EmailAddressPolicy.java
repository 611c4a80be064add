package jp.musubi.cms.mail.address;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses we accept for mail, so that mails do not bounce on a typo: the practical subset
 * of RFC 5321/5322 that mail servers and clients agree on. Accepted: a dot-atom local part of
 * ASCII letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, one {@code @}, and a domain name with at
 * least one dot, internationalized domains (例: {@code info@例え.jp}) included via IDNA.
 * Refused, although RFC 5322 allows them: quoted local parts, comments, IP-address literals,
 * non-ASCII local parts (SMTPUTF8 is not universally supported) and dotless domains.
 */
public final class EmailAddressPolicy {

    /** RFC 5321 §4.5.3.1: path at most 256 octets including the angle brackets. */
    static final int MAX_ADDRESS = 254;
    static final int MAX_LOCAL_PART = 64;
    static final int MAX_DOMAIN = 253;
    static final int MAX_LABEL = 63;

    private static final Pattern ATEXT = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");

    private EmailAddressPolicy() {
    }

    /** The first problem found, or empty when the address is deliverable as far as we can tell. */
    public static Optional<EmailAddressProblem> check(String address) {
        if (address.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of(EmailAddressProblem.WHITESPACE);
        }
        if (address.chars().anyMatch(c -> c >= 0xFF01 && c <= 0xFF5E)) {
            return Optional.of(EmailAddressProblem.FULL_WIDTH);
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return Optional.of(EmailAddressProblem.NO_AT_SIGN);
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return Optional.of(address.contains("\"") ? EmailAddressProblem.QUOTES : EmailAddressProblem.SEVERAL_AT_SIGNS);
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        Optional<EmailAddressProblem> localProblem = checkLocalPart(local);
        if (localProblem.isPresent()) {
            return localProblem;
        }
        if (domain.isEmpty()) {
            return Optional.of(EmailAddressProblem.EMPTY_DOMAIN);
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return Optional.of(EmailAddressProblem.DOT_PLACEMENT);
        }
        Optional<String> ascii = asciiDomain(domain);
        if (ascii.isEmpty()) {
            return Optional.of(EmailAddressProblem.DOMAIN_INVALID);
        }
        Optional<EmailAddressProblem> domainProblem = checkDomain(ascii.get());
        if (domainProblem.isPresent()) {
            return domainProblem;
        }
        if (local.length() + 1 + ascii.get().length() > MAX_ADDRESS) {
            return Optional.of(EmailAddressProblem.TOO_LONG);
        }
        return Optional.empty();
    }

    public static boolean isDeliverable(String address) {
        return address != null && check(address).isEmpty();
    }

    /**
     * The address as it goes on the wire: an internationalized domain in its ASCII (punycode) form,
     * the domain in lower case. Addresses this policy refuses are returned unchanged.
     */
    public static String toAscii(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        return asciiDomain(address.substring(at + 1))
                .map(domain -> address.substring(0, at + 1) + domain)
                .orElse(address);
    }

    private static Optional<EmailAddressProblem> checkLocalPart(String local) {
        if (local.isEmpty()) {
            return Optional.of(EmailAddressProblem.EMPTY_LOCAL_PART);
        }
        if (local.contains("\"")) {
            return Optional.of(EmailAddressProblem.QUOTES);
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of(EmailAddressProblem.DOT_PLACEMENT);
        }
        for (String atom : local.split("\\.")) {
            if (!ATEXT.matcher(atom).matches()) {
                return Optional.of(EmailAddressProblem.LOCAL_PART_CHARACTERS);
            }
        }
        if (local.length() > MAX_LOCAL_PART) {
            return Optional.of(EmailAddressProblem.LOCAL_PART_TOO_LONG);
        }
        return Optional.empty();
    }

    private static Optional<EmailAddressProblem> checkDomain(String domain) {
        if (!domain.contains(".")) {
            return Optional.of(EmailAddressProblem.DOMAIN_WITHOUT_DOT);
        }
        if (domain.length() > MAX_DOMAIN) {
            return Optional.of(EmailAddressProblem.DOMAIN_TOO_LONG);
        }
        String[] labels = domain.split("\\.");
        for (String label : labels) {
            if (label.length() > MAX_LABEL) {
                return Optional.of(EmailAddressProblem.DOMAIN_TOO_LONG);
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of(EmailAddressProblem.DOMAIN_INVALID);
            }
        }
        // A numeric top-level label means an IP address written as a domain (user@192.168.0.1).
        if (ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of(EmailAddressProblem.DOMAIN_INVALID);
        }
        return Optional.empty();
    }

    /** IDNA ToASCII with STD3 rules (letters, digits, hyphens only), lower case; empty when IDNA refuses it. */
    private static Optional<String> asciiDomain(String domain) {
        if (domain.isEmpty() || domain.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
