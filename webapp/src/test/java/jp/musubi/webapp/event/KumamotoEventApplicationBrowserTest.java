package jp.musubi.webapp.event;

import jp.musubi.webapp.support.KumamotoBrowserTest;
import jp.musubi.webapp.support.Programme;

/** {@link EventApplicationBrowserTest}'s journey on the Kumamoto consortium: its wording, demo data, features and targets. */
@KumamotoBrowserTest
class KumamotoEventApplicationBrowserTest extends EventApplicationBrowserTest {

    @Override
    protected Programme programme() {
        return Programme.KUMAMOTO;
    }
}
