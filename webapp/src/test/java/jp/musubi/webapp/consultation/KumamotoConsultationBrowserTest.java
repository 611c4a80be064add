package jp.musubi.webapp.consultation;

import jp.musubi.webapp.support.KumamotoBrowserTest;
import jp.musubi.webapp.support.Programme;

/** {@link ConsultationBrowserTest}'s journey on the Kumamoto consortium: its wording, demo data, features and targets. */
@KumamotoBrowserTest
class KumamotoConsultationBrowserTest extends ConsultationBrowserTest {

    @Override
    protected Programme programme() {
        return Programme.KUMAMOTO;
    }
}
