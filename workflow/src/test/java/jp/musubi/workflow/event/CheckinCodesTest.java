package jp.musubi.workflow.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The application's secrets: codes people type at the door, the QR code in the mail, the personal link's token. */
class CheckinCodesTest {

    @Test
    void codesAreEightUnambiguousCharactersAndTypedOnesAreNormalized() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CheckinCodes.newCode();
            assertThat(CheckinCodes.wellFormed(code)).as(code).isTrue();
            assertThat(code).doesNotContain("0").doesNotContain("O").doesNotContain("1").doesNotContain("I");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(995);
        assertThat(CheckinCodes.normalize(" abcd－efgh ")).isEqualTo("ABCDEFGH");
        assertThat(CheckinCodes.normalize("ＡＢＣＤ-ＥＦＧＨ")).isEqualTo("ABCDEFGH");
        assertThat(CheckinCodes.normalize("  ")).isNull();
        assertThat(CheckinCodes.wellFormed("ABCD")).isFalse();
        assertThat(CheckinCodes.wellFormed("ABCDEFG0")).isFalse();
    }

    @Test
    void tokensAreUrlSafeAndOnlyTheirHashIsKept() {
        String token = CheckinCodes.newToken();
        assertThat(CheckinCodes.looksLikeToken(token)).isTrue();
        assertThat(CheckinCodes.looksLikeToken("../../etc")).isFalse();
        assertThat(CheckinCodes.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(CheckinCodes.hash(token));
    }

    @Test
    void theQrCodeInTheMailReadsBackAsTheCode() throws Exception {
        String code = CheckinCodes.newCode();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(code)));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(code);
    }
}
