package jp.musubi.cms.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The name an upload is kept under: cleaned, bounded, and with an extension that fits its content. */
class AssetFilenameTest {

    private final AssetService service = new AssetService(null, null, new AssetTypeDetector(), null, null);

    @Test
    void directoriesAndControlCharactersAreRemoved() {
        assertThat(service.filename("C:\\Users\\me\\写真.png", AssetType.PNG)).isEqualTo("写真.png");
        assertThat(service.filename("../../etc/passwd.pdf", AssetType.PDF)).isEqualTo("passwd.pdf");
        assertThat(service.filename("a\u0000b\nc.gif", AssetType.GIF)).isEqualTo("abc.gif");
        assertThat(service.filename("..", AssetType.PNG)).isEqualTo("file.png");
        assertThat(service.filename(null, AssetType.WEBP)).isEqualTo("file.webp");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = service.filename("𠮷".repeat(300) + ".jpeg", AssetType.JPEG);

        assertThat(name).endsWith("𠮷.jpeg");
        assertThat(name.length()).isLessThanOrEqualTo(200);
    }

    @Test
    void aKnownExtensionOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> service.filename("invoice.html", AssetType.PDF))
                .isInstanceOf(AssetRejectedException.class)
                .hasMessage("ファイルの内容（PDF）と拡張子（.html）が一致しません。内容に合った拡張子のファイルをアップロードしてください。");
        assertThat(service.filename("scan.JPEG", AssetType.JPEG)).isEqualTo("scan.JPEG");
    }
}
