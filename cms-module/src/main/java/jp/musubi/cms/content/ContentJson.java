package jp.musubi.cms.content;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored property values as JSON text. Integers come back as Long and fractions as BigDecimal,
 * so a value read back is the canonical value ContentValidator produced, not a rounded double.
 */
@Component
public class ContentJson {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();

    public String write(Map<String, Object> properties) {
        return mapper.writeValueAsString(properties);
    }

    public Map<String, Object> read(String json) {
        return mapper.readValue(json, MAP);
    }
}
