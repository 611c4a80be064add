package jp.musubi.cms.mail;

/** The two bodies of one mail, from a template pair ({@code name.txt}, {@code name.html}). */
public record RenderedMail(String text, String html) {
}
