package jp.musubi.webapp.operations;

import java.time.Instant;
import java.time.Period;

/** What one rule erased in one run: {@code period} and {@code cutoff} are null when none is configured. */
public record RetentionResult(String rule, Period period, Instant cutoff, int erased) {
}
