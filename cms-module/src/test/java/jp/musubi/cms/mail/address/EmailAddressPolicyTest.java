package jp.musubi.cms.mail.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "sato@nasuno-denshi.example.jp",
            "m.suzuki@futara-infratech.example.jp",
            "first.last+newsletter@example.co.jp",
            "o'brien@example.com",
            "a_b-c=d{e}f|g~h#i$j%k&l*m/n?o^p`q!r@sub.example.org",
            "info@例え.jp",
            "user@xn--r8jz45g.jp",
            "UPPER@EXAMPLE.JP",
            "x@a-b.c-d.jp"
    })
    void acceptsDeliverableAddresses(String address) {
        assertThat(EmailAddressPolicy.check(address)).as(address).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "sato @example.jp|WHITESPACE",
            "'sato@example.jp '|WHITESPACE",
            "sato\u3000@example.jp|WHITESPACE",
            "sato＠example.jp|FULL_WIDTH",
            "ｓａｔｏ@example.jp|FULL_WIDTH",
            "sato.example.jp|NO_AT_SIGN",
            "sato@@example.jp|SEVERAL_AT_SIGNS",
            "a@b@example.jp|SEVERAL_AT_SIGNS",
            "@example.jp|EMPTY_LOCAL_PART",
            "\"sato\"@example.jp|QUOTES",
            "\"a@b\"@example.jp|QUOTES",
            ".sato@example.jp|DOT_PLACEMENT",
            "sato.@example.jp|DOT_PLACEMENT",
            "sa..to@example.jp|DOT_PLACEMENT",
            "sato@example..jp|DOT_PLACEMENT",
            "sato@.example.jp|DOT_PLACEMENT",
            "sato@example.jp.|DOT_PLACEMENT",
            "佐藤@example.jp|LOCAL_PART_CHARACTERS",
            "sato(comment)@example.jp|LOCAL_PART_CHARACTERS",
            "sa,to@example.jp|LOCAL_PART_CHARACTERS",
            "sato@|EMPTY_DOMAIN",
            "sato@localhost|DOMAIN_WITHOUT_DOT",
            "sato@[192.168.0.1]|DOMAIN_INVALID",
            "sato@192.168.0.1|DOMAIN_INVALID",
            "sato@-example.jp|DOMAIN_INVALID",
            "sato@example-.jp|DOMAIN_INVALID",
            "sato@exa_mple.jp|DOMAIN_INVALID"
    })
    void refusesAddressesThatWouldBounce(String address, EmailAddressProblem expected) {
        assertThat(EmailAddressPolicy.check(address)).as(address).contains(expected);
    }

    @Test
    void enforcesTheLengthLimitsOfRfc5321() {
        String local64 = "a".repeat(64);
        assertThat(EmailAddressPolicy.check(local64 + "@example.jp")).isEmpty();
        assertThat(EmailAddressPolicy.check(local64 + "a@example.jp")).contains(EmailAddressProblem.LOCAL_PART_TOO_LONG);

        String label63 = "b".repeat(63);
        assertThat(EmailAddressPolicy.check("sato@" + label63 + ".jp")).isEmpty();
        assertThat(EmailAddressPolicy.check("sato@" + label63 + "b.jp")).isPresent();

        // 64 + 1 + 189 = 254 characters: the longest address; one more is refused.
        String domain189 = "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(6);
        assertThat(domain189).hasSize(189);
        assertThat(EmailAddressPolicy.check(local64 + "@" + domain189)).isEmpty();
        assertThat(EmailAddressPolicy.check(local64 + "@" + domain189 + "g")).contains(EmailAddressProblem.TOO_LONG);
    }

    @Test
    void internationalizedDomainsGoOnTheWireAsPunycode() {
        assertThat(EmailAddressPolicy.toAscii("info@例え.jp")).isEqualTo("info@xn--r8jz45g.jp");
        assertThat(EmailAddressPolicy.toAscii("Sato@Example.JP")).isEqualTo("Sato@example.jp");
    }

    @Test
    void everyProblemHasAPoliteJapaneseMessage() {
        for (EmailAddressProblem problem : EmailAddressProblem.values()) {
            assertThat(problem.message()).as(problem.name()).endsWith("。").containsPattern("[ぁ-んァ-ヶ一-龠]");
        }
        assertThat(EmailAddressProblem.FULL_WIDTH.message()).contains("半角");
    }
}
