/**
 * Documents for download, for every feature: PDF rendered from (X)HTML with openhtmltopdf and the
 * bundled Japanese font Noto Sans JP (embedded as a subset, so the PDF reads the same everywhere and
 * nothing is fetched at run time), and XLSX workbooks with Apache POI.
 */
@ApplicationModule(
        displayName = "Documents (PDF, XLSX)",
        allowedDependencies = {})
package jp.musubi.cms.document;

import org.springframework.modulith.ApplicationModule;
