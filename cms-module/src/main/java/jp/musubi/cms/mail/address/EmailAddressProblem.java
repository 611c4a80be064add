package jp.musubi.cms.mail.address;

/** Why an address is refused, with the Japanese message a form shows next to the field. */
public enum EmailAddressProblem {
    WHITESPACE("メールアドレスに空白が含まれています。空白を取り除いて入力してください。"),
    FULL_WIDTH("メールアドレスに全角文字が含まれています。「＠」や英数字は半角で入力してください。"),
    NO_AT_SIGN("メールアドレスに「@」がありません。「name@example.jp」の形式で入力してください。"),
    SEVERAL_AT_SIGNS("メールアドレスに「@」が複数含まれています。「@」は1つだけにしてください。"),
    TOO_LONG("メールアドレスが長すぎます。254文字以内で入力してください。"),
    EMPTY_LOCAL_PART("「@」の前の部分がありません。「name@example.jp」の形式で入力してください。"),
    LOCAL_PART_TOO_LONG("「@」の前の部分が長すぎます。64文字以内で入力してください。"),
    QUOTES("メールアドレスに引用符（\"）は使用できません。"),
    DOT_PLACEMENT("「.」（ドット）を先頭・末尾に置いたり、連続して使ったりすることはできません。"),
    LOCAL_PART_CHARACTERS("「@」の前の部分に使用できない文字が含まれています。半角英数字と「. _ - +」などの記号で入力してください。"),
    EMPTY_DOMAIN("「@」の後ろのドメインがありません。「name@example.jp」の形式で入力してください。"),
    DOMAIN_WITHOUT_DOT("ドメインに「.」がありません。「example.jp」のように、ドメインまで正しく入力してください。"),
    DOMAIN_INVALID("「@」の後ろのドメインが正しくありません。入力内容をご確認ください。"),
    DOMAIN_TOO_LONG("ドメインが長すぎます。入力内容をご確認ください。");

    private final String message;

    EmailAddressProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
