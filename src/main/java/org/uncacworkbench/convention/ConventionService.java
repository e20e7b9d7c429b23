package org.uncacworkbench.convention;

import java.util.List;
import java.util.Optional;

/** The Convention's structure. It never changes while the program runs, so it is read once. */
public final class ConventionService {

    private final ConventionRepository repository;
    private volatile Structure structure;

    private record Structure(List<Chapter> chapters, List<Article> articles) {
    }

    public ConventionService(ConventionRepository repository) {
        this.repository = repository;
    }

    public List<Chapter> chapters() {
        return structure().chapters();
    }

    public List<Article> articles() {
        return structure().articles();
    }

    public List<Article> articlesOf(Chapter chapter) {
        return articles().stream().filter(a -> a.chapterNumber() == chapter.number()).toList();
    }

    public Optional<Article> article(int number) {
        return articles().stream().filter(a -> a.number() == number).findFirst();
    }

    /** Whether the Convention is still to be loaded (a new database): asks without reading it all. */
    public boolean isEmpty() {
        Structure s = structure;
        return s == null ? !repository.anyArticle() : s.articles().isEmpty();
    }

    /** Forget what was read, after the sample data or a restore changed the database. */
    public void refresh() {
        structure = null;
    }

    private Structure structure() {
        Structure s = structure;
        if (s == null) {
            s = new Structure(repository.chapters(), repository.articles());
            if (!s.articles().isEmpty()) {
                structure = s; // an empty database may be filled later
            }
        }
        return s;
    }
}
