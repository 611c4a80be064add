/** E-mail address checks other modules use on their forms. */
@NamedInterface("address")
package jp.musubi.cms.mail.address;

import org.springframework.modulith.NamedInterface;
