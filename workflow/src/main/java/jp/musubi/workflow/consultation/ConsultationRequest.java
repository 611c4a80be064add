package jp.musubi.workflow.consultation;

/**
 * A DX相談 (consultation request) as the public web form sends it. The contact is personal data.
 *
 * @param requesterKind who asks: {@link RequesterKind} name
 * @param phone         optional
 */
public record ConsultationRequest(String organization, String requesterKind, String contactName, String email,
                                  String phone, String topic, String body) {
}
