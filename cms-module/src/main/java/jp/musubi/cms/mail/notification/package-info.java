/** The mail notices other modules send through the outbox. */
@NamedInterface("notification")
package jp.musubi.cms.mail.notification;

import org.springframework.modulith.NamedInterface;
