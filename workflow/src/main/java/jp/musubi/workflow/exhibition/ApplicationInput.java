package jp.musubi.workflow.exhibition;

import java.util.List;

/** What a member fills in to exhibit: a booth, power, other needs, the products shown and its seeds. */
public record ApplicationInput(String booth, boolean powerNeeded, String boothNotes, String products, List<String> seeds) {

    public ApplicationInput {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }
}
