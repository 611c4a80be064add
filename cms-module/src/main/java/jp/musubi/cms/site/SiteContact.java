package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

/**
 * How the programme's secretariat is reached besides the web forms ({@code musubi.site.contact}), shown in every
 * page's footer and every mail's: Kumamoto's desk answers by phone and mail on weekdays (仕様書 4(1)①); Tochigi
 * takes inquiries through its form only, so it sets none.
 *
 * @param phone the desk's number as dialled in Japan (e.g. 096-000-1234)
 * @param email the desk's address
 * @param hours when the desk answers, as users read it (e.g. 平日 9:00〜17:00)
 */
public record SiteContact(String phone, String email, String hours) {

    static final SiteContact NONE = new SiteContact(null, null, null);

    public SiteContact {
        phone = blankToNull(phone);
        email = blankToNull(email);
        hours = blankToNull(hours);
        if (phone != null && !phone.matches("0\\d{1,4}-\\d{1,4}-\\d{3,4}")) {
            throw new IllegalArgumentException("musubi.site.contact.phone must be a Japanese number such as 096-000-1234, not "
                    + phone);
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("musubi.site.contact.email is not a mail address: " + email);
        }
    }

    /** Whether the footer shows the desk at all. */
    public boolean present() {
        return phone != null || email != null;
    }

    /** The desk in one line, as the mails' footer shows it: 事務局へのお問い合わせ：電話 … メール …（平日 …）. */
    public String line() {
        StringBuilder line = new StringBuilder(TEXTS.get("site.contact.lead"));
        if (phone != null) {
            line.append(TEXTS.get("site.contact.phoneLine", phone));
        }
        if (email != null) {
            line.append(phone != null ? TEXTS.get("site.contact.separator") : "").append(TEXTS.get("site.contact.emailLine", email));
        }
        if (hours != null) {
            line.append(TEXTS.get("site.contact.hoursLine", hours));
        }
        return line.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
