package jp.musubi.cms.mail.address;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DeliverableEmail} with the reason-specific Japanese message of {@link EmailAddressProblem}. */
public class DeliverableEmailValidator implements ConstraintValidator<DeliverableEmail, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty()) {
            return true;
        }
        Optional<EmailAddressProblem> problem = EmailAddressPolicy.check(value.toString());
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // Literal text, not a message key: escape what Bean Validation would interpolate.
        context.buildConstraintViolationWithTemplate(escape(problem.get().message())).addConstraintViolation();
        return false;
    }

    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
