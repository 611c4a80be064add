package jp.musubi.workflow.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The registry of the contributed {@link Indicator} beans, by id; two beans with one id stop start-up. */
@Component
public class Indicators {

    private final Map<String, Indicator> byId;

    Indicators(List<Indicator> indicators) {
        this.byId = indicators.stream().collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two indicators with the id " + a.id());
        }));
    }

    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public java.util.Set<String> ids() {
        return byId.keySet();
    }
}
