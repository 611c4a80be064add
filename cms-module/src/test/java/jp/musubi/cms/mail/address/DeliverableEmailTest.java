package jp.musubi.cms.mail.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraint as a registration form will use it: one Japanese message per problem. */
class DeliverableEmailTest {

    record Registration(@DeliverableEmail String email) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void aDeliverableAddressPasses() {
        assertThat(validator.validate(new Registration("sato@nasuno-denshi.example.jp"))).isEmpty();
        assertThat(validator.validate(new Registration("info@例え.jp"))).isEmpty();
    }

    @Test
    void emptyIsLeftToNotBlank() {
        assertThat(validator.validate(new Registration(null))).isEmpty();
        assertThat(validator.validate(new Registration(""))).isEmpty();
    }

    @Test
    void aFullWidthAtSignGetsTheMessageThatSaysSo() {
        Set<ConstraintViolation<Registration>> violations = validator.validate(new Registration("sato＠example.jp"));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("email");
            assertThat(violation.getMessage()).isEqualTo("メールアドレスに全角文字が含まれています。「＠」や英数字は半角で入力してください。");
        });
    }

    @Test
    void aDotlessDomainAndConsecutiveDotsAreExplainedInJapanese() {
        assertThat(validator.validate(new Registration("sato@localhost"))).singleElement()
                .extracting(ConstraintViolation::getMessage).isEqualTo(EmailAddressProblem.DOMAIN_WITHOUT_DOT.message());
        assertThat(validator.validate(new Registration("sa..to@example.jp"))).singleElement()
                .extracting(ConstraintViolation::getMessage).isEqualTo(EmailAddressProblem.DOT_PLACEMENT.message());
        assertThat(validator.validate(new Registration("\"sato\"@example.jp"))).singleElement()
                .extracting(ConstraintViolation::getMessage).asString().contains("引用符（\"）");
    }
}
