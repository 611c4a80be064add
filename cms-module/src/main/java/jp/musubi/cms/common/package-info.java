/**
 * Small helpers every module may use, with no dependency of their own: dates and times as Japanese
 * users read them ({@link jp.musubi.cms.common.JapaneseTimes}, the one place naming Asia/Tokyo),
 * plain text ↔ HTML paragraphs ({@link jp.musubi.cms.common.Paragraphs}) and the background loop
 * ({@link jp.musubi.cms.common.BackgroundLoop}), iCalendar entries ({@link jp.musubi.cms.common.ICalendar}). A shared kernel: the modules using it list it in their
 * allowed dependencies.
 */
@ApplicationModule(
        displayName = "Common helpers",
        allowedDependencies = {})
package jp.musubi.cms.common;

import org.springframework.modulith.ApplicationModule;
