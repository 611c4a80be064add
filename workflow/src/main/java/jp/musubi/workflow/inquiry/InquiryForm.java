package jp.musubi.workflow.inquiry;

/**
 * An inquiry (問合せ) as the public web form sends it.
 *
 * @param organization the inquirer's company or office, or null
 */
public record InquiryForm(String name, String email, String organization, String subject, String body) {
}
