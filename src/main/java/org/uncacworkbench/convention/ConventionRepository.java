package org.uncacworkbench.convention;

import static org.uncacworkbench.storage.jooq.Tables.ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.CHAPTER;

import java.util.List;
import org.uncacworkbench.storage.Database;

/** Reads the Convention's chapters and articles. */
public final class ConventionRepository {

    private final Database database;

    public ConventionRepository(Database database) {
        this.database = database;
    }

    List<Chapter> chapters() {
        return database.dsl().selectFrom(CHAPTER).orderBy(CHAPTER.NUMBER)
                .fetch(r -> new Chapter(r.getNumber(), r.getRoman(), r.getTitleZh(), r.getTitleEn()));
    }

    /** In plain SQL: opening the data folder asks it before jOOQ is set up (decision 0014). */
    boolean anyArticle() {
        return !database.query("SELECT 1 FROM article FETCH FIRST 1 ROW ONLY", r -> true).isEmpty();
    }

    List<Article> articles() {
        return database.dsl().selectFrom(ARTICLE).orderBy(ARTICLE.NUMBER)
                .fetch(r -> new Article(r.getNumber(), r.getChapterNumber(), r.getTitleZh(), r.getTitleEn()));
    }
}
