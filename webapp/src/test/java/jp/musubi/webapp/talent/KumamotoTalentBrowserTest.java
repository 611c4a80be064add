package jp.musubi.webapp.talent;

import jp.musubi.webapp.support.KumamotoBrowserTest;
import jp.musubi.webapp.support.Programme;

/** {@link TalentBrowserTest}'s journey on the Kumamoto consortium, whose feature 人材情報 is. */
@KumamotoBrowserTest
class KumamotoTalentBrowserTest extends TalentBrowserTest {

    @Override
    protected Programme programme() {
        return Programme.KUMAMOTO;
    }
}
