package jp.musubi.cms.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.search.DemoContent;
import jp.musubi.cms.search.InMemoryContentStore;
import jp.musubi.cms.search.SearchFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Suggestion quality on a labelled set: the consultation texts of {@code suggestion/labelled-consultations.yml},
 * written from the demo seeds' own fields, each with its relevant seeds judged by hand. nDCG@5 of the
 * re-ranked list must reach 0.7, and no organization may hold two of any top five. The figures of plain
 * BM25 are printed beside it (they go into the note).
 */
class SuggestionQualityTest {

    private static final int K = 5;
    private static List<Judged> set;
    private static Suggestions suggestions;
    private static InMemoryContentStore store;
    private static DemoContent demo;

    record Judged(String text, Map<String, Integer> gains) {
    }

    @BeforeAll
    static void load() throws IOException {
        demo = DemoContent.load(SearchFixture.REGISTRY);
        store = new InMemoryContentStore();
        demo.published().forEach(store::publish);
        suggestions = new Suggestions(store, store, SuggestionProperties.defaults());
        set = judgements(demo);
    }

    @Test
    void theLabelledSetHasAtLeastThirtyConsultations() {
        assertThat(set).hasSizeGreaterThanOrEqualTo(30);
        assertThat(set).allSatisfy(j -> assertThat(j.gains()).containsValue(2));
    }

    @Test
    void reRankedListsReachNdcgOfPointSevenAtFive() {
        double reranked = meanNdcg(true);
        double plain = meanNdcg(false);
        System.out.printf(Locale.ROOT, "suggestion quality on %d consultations: nDCG@5 re-ranked (MMR) %.3f, plain BM25 %.3f;"
                        + " top-5 lists with a repeated organization: re-ranked %d, plain %d%n",
                set.size(), reranked, plain, repeats(true), repeats(false));
        System.out.printf(Locale.ROOT, "judged on seeds only (profiles count 0): nDCG@5 re-ranked %.3f, plain BM25 %.3f%n",
                meanNdcg(true, true), meanNdcg(false, true));
        assertThat(reranked).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void noOrganizationHoldsTwoOfAnyTopFive() {
        assertThat(repeats(true)).isZero();
        for (Judged judged : set) {
            List<String> orgs = suggestions.suggest(judged.text(), 10).stream().limit(K).map(Suggestion::organizationKey).toList();
            assertThat(new HashSet<>(orgs)).as(judged.text()).hasSameSizeAs(orgs);
        }
    }

    @Test
    void matchedWordsAreMarkedInTheSummary() {
        Suggestion first = suggestions.suggest("手書きの申請書をAI-OCRで読み取り、窓口の転記作業を減らしたい。", K).get(0);
        assertThat(first.name()).isEqualTo("ai-ocr-paper-applications");
        assertThat(first.organizationName()).isEqualTo("株式会社ひばりノード");
        assertThat(first.matchedTerms()).contains("申請", "転記");
        assertThat(first.highlightedHtml()).contains("<mark>申請書</mark>").contains("<mark>転記</mark>");
        assertThat(first.path()).isEqualTo("/seeds/ai-ocr-paper-applications");
    }

    @Test
    void unpublishedOrWithdrawnMembersNeverAppear() {
        InMemoryContentStore local = new InMemoryContentStore();
        demo.published().forEach(local::publish);
        Suggestions own = new Suggestions(local, local, SuggestionProperties.defaults());
        String need = "手書きの申請書をAI-OCRで読み取り、ノーコードの業務アプリで窓口業務を効率化したい。";
        assertThat(own.suggest(need, 10)).extracting(Suggestion::organizationKey).contains("hibari-node");

        // A withdrawal unpublishes the profile; the seeds go with it even before they are unpublished themselves.
        local.unpublish(demo.item("members", "hibari-node"));
        assertThat(own.suggest(need, 20)).extracting(Suggestion::organizationKey).doesNotContain("hibari-node");
    }

    @Test
    void aTextWithoutWordsSuggestsNothing() {
        assertThat(suggestions.suggest("。、！？", K)).isEmpty();
    }

    private double meanNdcg(boolean reranked) {
        return meanNdcg(reranked, false);
    }

    private double meanNdcg(boolean reranked, boolean seedsOnly) {
        return set.stream().mapToDouble(j -> {
            Map<String, Integer> gains = new HashMap<>(j.gains());
            if (seedsOnly) {
                gains.keySet().removeIf(key -> key.startsWith("members/"));
            }
            return ndcg(ranked(j.text(), reranked), gains);
        }).average().orElse(0);
    }

    private long repeats(boolean reranked) {
        return set.stream().filter(j -> {
            List<String> orgs = (reranked ? suggestions.suggest(j.text(), K) : suggestions.plain(j.text(), K))
                    .stream().map(Suggestion::organizationKey).toList();
            return new HashSet<>(orgs).size() < orgs.size();
        }).count();
    }

    private static List<String> ranked(String text, boolean reranked) {
        return (reranked ? suggestions.suggest(text, K) : suggestions.plain(text, K)).stream()
                .map(s -> s.workspace() + "/" + s.name()).toList();
    }

    /** DCG of the list over the DCG of the judged items in their best order (gains 2 and 1, log2 discount). */
    static double ndcg(List<String> ranking, Map<String, Integer> gains) {
        double dcg = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            dcg += (Math.pow(2, gains.getOrDefault(ranking.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = gains.values().stream().sorted((a, b) -> b - a).limit(K).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Judged> judgements(DemoContent demo) throws IOException {
        ObjectMapper yaml = YAMLMapper.builder().build();
        try (InputStream in = SuggestionQualityTest.class.getResourceAsStream("/suggestion/labelled-consultations.yml")) {
            Map<String, Object> file = yaml.readValue(in, Map.class);
            List<Map<String, Object>> entries = (List<Map<String, Object>>) file.get("consultations");
            return entries.stream().map(entry -> {
                Map<String, Integer> gains = new HashMap<>();
                Set<String> organizations = new HashSet<>();
                for (String seed : (List<String>) entry.get("relevant")) {
                    gains.put("seeds/" + seed, 2);
                    organizations.add(member(demo, seed));
                }
                for (String seed : (List<String>) entry.getOrDefault("partial", List.of())) {
                    gains.putIfAbsent("seeds/" + seed, 1);
                    organizations.add(member(demo, seed));
                }
                // The profile of an organization with a relevant seed answers the need in part.
                organizations.forEach(org -> gains.putIfAbsent("members/" + org, 1));
                return new Judged((String) entry.get("text"), gains);
            }).toList();
        }
    }

    private static String member(DemoContent demo, String seed) {
        PublishedItem item = demo.item("seeds", seed);
        return String.valueOf(item.properties().get("member"));
    }
}
