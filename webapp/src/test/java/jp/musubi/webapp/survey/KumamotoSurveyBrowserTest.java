package jp.musubi.webapp.survey;

import jp.musubi.webapp.support.KumamotoBrowserTest;

/** {@link SurveyBrowserTest}'s journey on the Kumamoto consortium, whose programme the surveys are. */
@KumamotoBrowserTest
class KumamotoSurveyBrowserTest extends SurveyBrowserTest {
}
