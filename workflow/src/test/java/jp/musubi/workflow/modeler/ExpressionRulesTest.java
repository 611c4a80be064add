package jp.musubi.workflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionRulesTest {

    /** Like the checker: "secretBean" is a Spring bean that is not registered, "matchingDelegate" is registered. */
    private static String policy(String name, List<String> properties) {
        if (name.equals("secretBean")) {
            return "bean";
        }
        if (name.equals("matchingDelegate") && !properties.isEmpty()) {
            return "property of bean";
        }
        return null;
    }

    private static List<String> check(String text) {
        return ExpressionRules.check(text, ExpressionRulesTest::policy);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${approved}", "${!approved}", "${handlingDecision == 'HANDLE'}", "${selectedCount > 0 && !demonstrationSupport}",
            "${meetingDate}/P10D", "#{proposalCount gt 0 and not extendCall}", "${issue.title != null}",
            "${a + 1 > b * 2}", "${empty comment ? 'なし' : comment}", "${(a || b) && c}", "${matchingDelegate}",
            "固定の名前", "${\"}\" == label}"})
    void allowsVariablesLiteralsOperatorsAndPropertyAccess(String text) {
        assertThat(check(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${handlingDecision.toString() == 'HANDLE'}", "${bean.method(x)}", "${execution.getVariable('a')}",
            "${variables:get(a)}", "${fn:contains(a, 'b')}", "${(a)(b)}", "${a[0]}", "${a = 1}", "${x -> x}",
            "${a; b}", "${secretBean}", "${secretBean == null}", "${matchingDelegate.mailer}", "${}", "${unclosed",
            "${a instanceof b}", "${a += 'x'}", "${''.getClass()}",
            "${minutesAccepted.class.classLoader.parent != null}", "${a.class}", "${a.b.classLoader}", "${class}",
            "${a.getClass}", "${a.declaredMethods}", "${a.getDeclaredFields}", "${a.forName}", "${''.class}",
            "${(a).b}", "${1.class}", "${a['class']}", "${a[\"class\"]}"})
    void refusesCallsUnknownBeansAndAnythingElse(String text) {
        assertThat(check(text)).as(text).hasSize(1);
        assertThat(check(text).get(0)).contains("式");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${a.b()}", "${bean.method(x)}", "${''.getClass().forName('java.lang.Runtime')}"})
    void aMethodCallIsExplainedInJapanese(String text) {
        assertThat(check(text)).singleElement().asString().contains("メソッドや関数の呼び出し").contains("は使えません");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${a.class}", "${a.b.classLoader.parent}", "${a.getDeclaredMethods}", "${classLoader}"})
    void reflectionNamesAreRefusedWhateverThePolicy(String text) {
        assertThat(check(text)).singleElement().asString().contains("Java のクラスやクラスローダーに届くため");
    }

    @org.junit.jupiter.api.Test
    void thePolicyGetsThePropertyChainOfEachRootIdentifier() {
        List<String> seen = new java.util.ArrayList<>();
        ExpressionRules.check("${issue.title.length > 0 && a && b.c}", (name, properties) -> {
            seen.add(name + properties);
            return null;
        });
        assertThat(seen).containsExactly("issue[title, length]", "a[]", "b[c]");
    }

    @org.junit.jupiter.api.Test
    void everyExpressionOfATextIsChecked() {
        assertThat(check("${ok} と ${a.b()} と ${secretBean}")).hasSize(2);
        assertThat(Set.copyOf(check("${x}/P1D"))).isEmpty();
    }
}
