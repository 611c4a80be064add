package jp.musubi.cms.delivery;

import java.time.Duration;

/** The Japanese texts of the delivery API's error responses. */
final class DeliveryMessages {

    static final String BAD_PARAMETER_TITLE = "リクエストのパラメーターが正しくありません";
    static final String NOT_FOUND_TITLE = "見つかりません";
    static final String OVER_BUDGET_TITLE = "時間内に処理できませんでした";

    private DeliveryMessages() {
    }

    static String noEndpointGiven() {
        return "配信エンドポイントを /.rest/delivery/{エンドポイント名} の形で指定してください。";
    }

    static String unknownEndpoint(String endpoint) {
        return "配信エンドポイント " + endpoint + " はありません。";
    }

    static String unknownItem(String endpoint, String path) {
        return "配信エンドポイント " + endpoint + " に " + path + " の公開中のコンテンツはありません。";
    }

    static String limit(int max) {
        return "limit には1から" + max + "までの整数を指定してください。";
    }

    static String offset() {
        return "offset には0以上の整数を指定してください。";
    }

    static String orderByEmpty() {
        return "orderBy に並べ替えの基準にする項目を指定してください。";
    }

    static String orderByUnknown(String field) {
        return "orderBy に指定した項目 " + field + " はこのエンドポイントにありません。";
    }

    static String orderBySubModel(String field) {
        return "orderBy に指定した項目 " + field + " は子ノードのため並べ替えに使えません。";
    }

    static String orderByMultiple(String field) {
        return "orderBy に指定した項目 " + field + " は複数の値を持つため並べ替えに使えません。";
    }

    static String orderByDirection(String entry) {
        return "orderBy の「" + entry + "」は解釈できません。「項目名」または「項目名 asc」「項目名 desc」の形で指定してください。";
    }

    static String malformedParameter(String parameter) {
        return "パラメーター " + parameter + " は解釈できません。絞り込みは「項目名=値」または「項目名[演算子]=値」の形で指定してください。";
    }

    static String filterUnknown(String parameter, String field) {
        return "絞り込み条件 " + parameter + " に指定した項目 " + field + " はこのエンドポイントにありません。";
    }

    static String filterSubModel(String parameter, String field) {
        return "絞り込み条件 " + parameter + " に指定した項目 " + field + " は子ノードのため絞り込みに使えません。";
    }

    static String filterOperator(String parameter, String operator, String known) {
        return "絞り込み条件 " + parameter + " の演算子 " + operator + " は使えません（使える演算子: " + known + "）。";
    }

    static String filterEmpty(String parameter) {
        return "絞り込み条件 " + parameter + " に値を指定してください。";
    }

    static String filterValue(String parameter, String value, String expectation) {
        return "絞り込み条件 " + parameter + " の値「" + value + "」は" + expectation + "として解釈できません。";
    }

    static String likeOnlyText(String parameter) {
        return "絞り込み条件 " + parameter + " の like は文字列の項目にだけ使えます。";
    }

    static String likeTooLong(String parameter, int maxLength) {
        return "絞り込み条件 " + parameter + " の like のパターンが長すぎます。" + maxLength + "文字以内で指定してください。";
    }

    static String likeTooManyWildcards(String parameter, int maxWildcards) {
        return "絞り込み条件 " + parameter + " の like に使える % は" + maxWildcards + "個までです。";
    }

    static String overBudget(Duration budget) {
        return "リクエストの処理が制限時間（" + japanese(budget) + "）を超えたため中止しました。"
                + "絞り込みの条件を見直すか、しばらくしてから再度お試しください。";
    }

    private static String japanese(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "秒" : millis + "ミリ秒";
    }
}
