package jp.musubi.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code musubi.delivery.*} as application.yml spells it, and the defaults of what it leaves out. */
class DeliveryPropertiesTest {

    private static DeliveryProperties bind(Map<String, String> settings) {
        Binder binder = new Binder(new MapConfigurationPropertySource(settings));
        return binder.bindOrCreate("musubi.delivery", DeliveryProperties.class);
    }

    @Test
    void theSettingsAreBound() {
        DeliveryProperties properties = bind(Map.of(
                "musubi.delivery.snapshot-max-age", "1m",
                "musubi.delivery.request-budget", "500ms",
                "musubi.delivery.like.max-length", "50",
                "musubi.delivery.like.max-wildcards", "3"));

        assertThat(properties.snapshotMaxAge()).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.requestBudget()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.like()).isEqualTo(new DeliveryProperties.Like(50, 3));
    }

    @Test
    void missingOrUnusableSettingsTakeTheDefaults() {
        DeliveryProperties none = bind(Map.of());
        DeliveryProperties zero = bind(Map.of("musubi.delivery.request-budget", "0s",
                "musubi.delivery.like.max-length", "0"));

        for (DeliveryProperties properties : new DeliveryProperties[] {none, zero, DeliveryProperties.defaults()}) {
            assertThat(properties.snapshotMaxAge()).isEqualTo(Duration.ofMinutes(5));
            assertThat(properties.requestBudget()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.like()).isEqualTo(new DeliveryProperties.Like(200, 10));
        }
    }
}
