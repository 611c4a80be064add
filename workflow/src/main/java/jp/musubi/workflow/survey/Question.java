package jp.musubi.workflow.survey;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One question of a survey.
 *
 * @param key          stable identifier; a copy keeps it, so answers compare across years
 * @param choices      SINGLE / MULTIPLE: the choices in order (the answer stores the chosen text)
 * @param scaleMin     SCALE: lowest value
 * @param scaleMax     SCALE: highest value
 * @param maxLength    TEXT: most characters
 * @param shownIfKey   shown only if the earlier question with this key …
 * @param shownIfValue … was answered with this value (a choice, or a scale value); both null: always shown
 */
public record Question(String key, int position, QuestionKind kind, String text, boolean required, List<String> choices,
                       Integer scaleMin, Integer scaleMax, String minLabel, String maxLabel, Integer maxLength,
                       String shownIfKey, String shownIfValue) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The values an answer may take: the choices, or each number of the scale. */
    public List<String> options() {
        if (kind == QuestionKind.SCALE && scaleMin != null && scaleMax != null) {
            return IntStream.rangeClosed(scaleMin, scaleMax).mapToObj(String::valueOf).toList();
        }
        return choices;
    }

    public boolean conditional() {
        return shownIfKey != null;
    }
}
