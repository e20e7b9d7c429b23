package org.uncacworkbench.drafting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One search box over every section of every cycle, in both languages. The newest texts are kept
 * in memory by revision, lower-cased once: a revision's text never changes, so a search reads from
 * the database only which revisions are newest and the texts it has not seen yet.
 */
public final class SearchService {

    static final int CONTEXT = 40;
    public static final int MAX_HITS = 200;
    private static final int LOAD_BATCH = 500;

    private final SearchRepository repository;
    private final Map<Long, Text> texts = new ConcurrentHashMap<>();

    /** A revision's text and the same lower-cased (often the very same string: Chinese has no case). */
    private record Text(String body, String lower) {
        static Text of(String body) {
            return new Text(body, body.toLowerCase(Locale.ROOT));
        }
    }

    public SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** Hits newest cycle first, in report order; {@code cycleNumber} null searches all cycles. */
    public List<SearchHit> search(String query, Integer cycleNumber) {
        String phrase = query == null ? "" : query.strip();
        if (phrase.isEmpty()) {
            return List.of();
        }
        List<SearchRepository.Current> current = repository.current(cycleNumber);
        Map<Long, Text> found = textsOf(current, cycleNumber == null);
        String needle = phrase.toLowerCase(Locale.ROOT);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchRepository.Current c : current) {
            Text text = found.get(c.revisionId());
            if (text != null && text.lower().contains(needle)) {
                hits.add(hit(c, text, needle));
                if (hits.size() == MAX_HITS) {
                    break;
                }
            }
        }
        return hits;
    }

    /**
     * Reads the newest texts into memory ahead of the first search, so that it answers as fast as
     * the later ones (the window does this in the background once its first screen shows).
     */
    public void prepare() {
        textsOf(repository.current(null), true);
    }

    /** The texts of these revisions, read from the database only when not already in memory. */
    private Map<Long, Text> textsOf(List<SearchRepository.Current> current, boolean everything) {
        Set<Long> wanted = new HashSet<>();
        for (SearchRepository.Current c : current) {
            wanted.add(c.revisionId());
        }
        Map<Long, Text> found = new HashMap<>();
        List<Long> unseen = new ArrayList<>();
        for (long id : wanted) {
            Text known = texts.get(id);
            if (known != null) {
                found.put(id, known);
            } else {
                unseen.add(id);
            }
        }
        for (int from = 0; from < unseen.size(); from += LOAD_BATCH) {
            repository.bodies(unseen.subList(from, Math.min(unseen.size(), from + LOAD_BATCH))).forEach((id, body) -> {
                Text text = Text.of(body);
                texts.put(id, text);
                found.put(id, text);
            });
        }
        if (everything) {
            texts.keySet().retainAll(wanted); // revisions no longer the newest are not searched again
        }
        return found;
    }

    private static SearchHit hit(SearchRepository.Current c, Text text, String needle) {
        String body = text.body();
        String lower = text.lower();
        List<Integer> offsets = new ArrayList<>();
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
            offsets.add(at);
        }
        int first = Math.min(offsets.isEmpty() ? 0 : offsets.getFirst(), body.length()); // lower-casing may change lengths
        int from = Math.min(Math.max(0, first - CONTEXT), body.length());
        int to = Math.min(body.length(), first + needle.length() + CONTEXT);
        String passage = body.substring(from, to).replace('\n', ' ');
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
                prefix + passage + (to < body.length() ? "…" : ""), highlights, first, offsets.size());
    }
}
