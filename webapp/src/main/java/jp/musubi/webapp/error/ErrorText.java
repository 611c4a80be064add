package jp.musubi.webapp.error;

/** What an error page or problem+json says: a heading and one or two sentences, in Japanese. */
record ErrorText(int status, String title, String detail) {
}
