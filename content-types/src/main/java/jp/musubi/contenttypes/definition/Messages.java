package jp.musubi.contenttypes.definition;

import java.math.BigDecimal;
import java.util.List;

/** The Japanese violation messages, in one place so their wording stays consistent. */
final class Messages {

    static final String DATE_EXAMPLE = "2026-12-10";
    static final String DATE_TIME_EXAMPLE = "2026-12-10T13:30";

    private Messages() {
    }

    static String required(String label) {
        return label + "は必須です。";
    }

    static String unknownProperty(String name) {
        return "未定義の項目 " + name + " は保存できません。";
    }

    static String single(String label) {
        return label + "には値を1つだけ指定してください。";
    }

    static String notText(String label) {
        return label + "は文字列で入力してください。";
    }

    static String singleLine(String label) {
        return label + "は改行を含めずに入力してください。";
    }

    static String controlCharacter(String label) {
        return label + "に使用できない制御文字が含まれています。";
    }

    static String tooLong(String label, int maxLength) {
        return label + "は" + maxLength + "文字以内で入力してください。";
    }

    static String pattern(String label) {
        return label + "の形式が正しくありません。";
    }

    static String oneOf(String label, List<String> optionLabels) {
        return label + "には次のいずれかを指定してください: " + String.join(", ", optionLabels);
    }

    static String notBoolean(String label) {
        return label + "には true か false を指定してください。";
    }

    static String notInteger(String label) {
        return label + "は整数で入力してください。";
    }

    static String notNumber(String label) {
        return label + "は数値で入力してください。";
    }

    static String atLeast(String label, BigDecimal min) {
        return label + "は" + min.toPlainString() + "以上で入力してください。";
    }

    static String atMost(String label, BigDecimal max) {
        return label + "は" + max.toPlainString() + "以下で入力してください。";
    }

    static String dateFormat(String label) {
        return label + "は " + DATE_EXAMPLE + " の形式で入力してください。";
    }

    static String dateTimeFormat(String label) {
        return label + "は " + DATE_TIME_EXAMPLE + " の形式で入力してください。";
    }

    static String noSuchDate(String label) {
        return label + "に存在しない日付が指定されています。";
    }

    static String asset(String label) {
        return label + "には正しいアセットIDを指定してください。";
    }

    static String reference(String label) {
        return label + "には英小文字・数字・ハイフンからなる80文字以内の名前を指定してください。";
    }

    static String notGroup(String label) {
        return label + "の形式が正しくありません。";
    }

    /** The label of the n-th value (0-based) of a multiple property: 「分類タグ（2件目）」. */
    static String nth(String label, int index) {
        return label + "（" + (index + 1) + "件目）";
    }

    /** The label of a property inside a sub-model: 「所在地の市町名」. */
    static String nested(String parentLabel, String label) {
        return parentLabel + "の" + label;
    }
}
