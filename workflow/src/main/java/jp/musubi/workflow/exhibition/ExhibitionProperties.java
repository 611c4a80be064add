package jp.musubi.workflow.exhibition;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code musubi.exhibition.*}: what a new recruitment starts with, and the sizes of the application's texts.
 *
 * @param defaultLimit        the number of exhibitors a recruitment offers unless the secretariat sets another
 *                            (Kumamoto: ソリューション企業20社程度)
 * @param defaultBoothOptions the booth choices a new recruitment offers
 * @param maxProductsLength   characters of the free text on the products and services shown
 * @param maxBoothNotesLength characters of the other booth needs
 */
@ConfigurationProperties("musubi.exhibition")
public record ExhibitionProperties(Integer defaultLimit, List<String> defaultBoothOptions, Integer maxProductsLength,
                                   Integer maxBoothNotesLength) {

    public ExhibitionProperties {
        defaultLimit = defaultLimit == null ? 20 : defaultLimit;
        // The choices themselves are configuration (application.yml), not code.
        defaultBoothOptions = defaultBoothOptions == null ? List.of() : List.copyOf(defaultBoothOptions);
        maxProductsLength = maxProductsLength == null ? 1000 : maxProductsLength;
        maxBoothNotesLength = maxBoothNotesLength == null ? 500 : maxBoothNotesLength;
        if (defaultLimit < 1 || maxProductsLength < 1 || maxBoothNotesLength < 1) {
            throw new IllegalArgumentException("musubi.exhibition: the limit and the lengths are at least 1");
        }
    }
}
