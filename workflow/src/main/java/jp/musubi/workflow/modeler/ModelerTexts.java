package jp.musubi.workflow.modeler;

import jp.musubi.cms.common.Messages;

/**
 * The Japanese texts of the modeler's Java code, from the {@code modeler.java.*} keys of {@code i18n/modeler.properties}.
 * {@link Messages#get} doubles apostrophes before formatting, so a text with arguments cannot quote a
 * literal {@code '{'}: the few messages that show {@code ${…}} next to an argument stay literals.
 */
final class ModelerTexts {

    static final Messages TEXTS = Messages.of("i18n/modeler");

    private ModelerTexts() {
    }
}
