package jp.musubi.cms.mail.address;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated string is an address we can deliver to ({@link EmailAddressPolicy}). The message
 * says what is wrong in Japanese (e.g. 全角文字, 空白, 「@」がない). {@code null} and the empty
 * string are valid: combine with {@code @NotBlank} when the address is required, so that an empty
 * field gets one message, not two.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DeliverableEmailValidator.class)
public @interface DeliverableEmail {

    String message() default "メールアドレスの形式が正しくありません。入力内容をご確認ください。";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
