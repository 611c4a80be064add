package jp.musubi.workflow.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The member ledger ({@code musubi.ledger.*}).
 *
 * @param maxImportSize the largest ledger file an import accepts
 * @param maxImportRows the most data rows in it
 */
@ConfigurationProperties("musubi.ledger")
public record LedgerProperties(@DefaultValue("5MB") DataSize maxImportSize, @DefaultValue("5000") int maxImportRows) {
}
