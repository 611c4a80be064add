package jp.musubi.webapp.exhibition;

import jp.musubi.webapp.support.KumamotoBrowserTest;
import jp.musubi.webapp.support.Programme;

/** {@link ExhibitionBrowserTest}'s journey on the Kumamoto consortium, whose feature 展示会 is. */
@KumamotoBrowserTest
class KumamotoExhibitionBrowserTest extends ExhibitionBrowserTest {

    @Override
    protected Programme programme() {
        return Programme.KUMAMOTO;
    }
}
