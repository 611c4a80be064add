package jp.musubi.cms.mail.notification;

/** Absolute URLs for links in mails: the site's public base URL ({@code MUSUBI_BASE_URL}) plus a path. */
public record MailLinks(String baseUrl) {

    public MailLinks {
        Required.text(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** @param path an application path starting with {@code /} */
    public String url(String path) {
        return baseUrl + path;
    }
}
