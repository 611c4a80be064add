package jp.musubi.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The secretariat's desk as the footers show it, and the settings refused at start. */
class SiteContactTest {

    @Test
    void theDeskInOneLineWithWhatIsSet() {
        assertThat(new SiteContact("096-000-1234", "desk@kumamoto-dx.example.jp", "平日 9:00〜17:00").line())
                .isEqualTo("事務局へのお問い合わせ：電話 096-000-1234　メール desk@kumamoto-dx.example.jp（平日 9:00〜17:00）");
        assertThat(new SiteContact(" ", "desk@example.jp", null).line()).isEqualTo("事務局へのお問い合わせ：メール desk@example.jp");
    }

    @Test
    void withoutPhoneOrMailTheFootersShowNoDesk() {
        assertThat(SiteContact.NONE.present()).isFalse();
        assertThat(new SiteContact("", "", "平日 9:00〜17:00").present()).isFalse();
        assertThat(new SiteProperties("名前", "運営", "http://localhost").contact().present()).isFalse();
    }

    @Test
    void aNumberOrAddressThatIsNoneStopsTheStart() {
        assertThatThrownBy(() -> new SiteContact("0960001234x", null, null)).hasMessageContaining("musubi.site.contact.phone");
        assertThatThrownBy(() -> new SiteContact(null, "desk.example.jp", null)).hasMessageContaining("musubi.site.contact.email");
    }
}
