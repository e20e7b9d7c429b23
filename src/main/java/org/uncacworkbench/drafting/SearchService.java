package org.uncacworkbench.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One search box over every section of every cycle, in both languages. */
public final class SearchService {

    static final int CONTEXT = 40;
    public static final int MAX_HITS = 200;

    private final SearchRepository repository;

    public SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** Hits newest cycle first, in report order; {@code cycleNumber} null searches all cycles. */
    public List<SearchHit> search(String query, Integer cycleNumber) {
        String phrase = query == null ? "" : query.strip();
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchRepository.Candidate c : repository.containing(phrase, cycleNumber)) {
            if (hits.size() == MAX_HITS) {
                break;
            }
            hits.add(hit(c, phrase));
        }
        return hits;
    }

    private static SearchHit hit(SearchRepository.Candidate c, String phrase) {
        String lower = c.body().toLowerCase(Locale.ROOT);
        String needle = phrase.toLowerCase(Locale.ROOT);
        List<Integer> offsets = new ArrayList<>();
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
            offsets.add(at);
        }
        int first = Math.min(offsets.isEmpty() ? 0 : offsets.getFirst(), c.body().length()); // lower-casing may change lengths
        int from = Math.min(Math.max(0, first - CONTEXT), c.body().length());
        int to = Math.min(c.body().length(), first + needle.length() + CONTEXT);
        String passage = c.body().substring(from, to).replace('\n', ' ');
        List<int[]> highlights = new ArrayList<>();
        for (int at : offsets) {
            if (at >= from && at + needle.length() <= to) {
                highlights.add(new int[] {at - from, at - from + needle.length()});
            }
        }
        String prefix = from > 0 ? "…" : "";
        if (!prefix.isEmpty()) {
            highlights.replaceAll(h -> new int[] {h[0] + 1, h[1] + 1});
        }
        return new SearchHit(c.sectionId(), c.cycleNumber(), c.key(), c.article(), c.language(),
                prefix + passage + (to < c.body().length() ? "…" : ""), highlights, first, offsets.size());
    }
}
