package org.uncacworkbench.views.convention.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.convention.Chapter;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.drafting.SectionSummary;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** The Convention's chapters and articles, a filter over them, and each article's section in the chosen cycle. */
public final class ConventionViewModel {

    /** What the browser shows, read together. */
    public record Contents(List<Chapter> chapters, List<Article> articles, Map<Integer, SectionSummary> sections) {
    }

    private final ConventionService convention;
    private final SectionService sections;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<Contents> contents = new SimpleObjectProperty<>();
    private final ObjectProperty<Article> selectedArticle = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private BackgroundTasks.Handle pending;

    public ConventionViewModel(ConventionService convention, SectionService sections, BackgroundTasks tasks,
                               DialogService dialogs, Messages messages) {
        this.convention = convention;
        this.sections = sections;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void load(Cycle cycle) {
        if (pending != null) {
            pending.cancel();
        }
        pending = tasks.submit(() -> new Contents(convention.chapters(), convention.articles(),
                        cycle == null ? Map.of() : sections.sectionsByArticle(cycle.id())),
                contents::set,
                failure -> dialogs.showError(messages.get("error.title"), messages.describe(failure)));
    }

    /** Whether an article passes the filter: its number, or a word of its title in either language. */
    public boolean matches(Article article) {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            return true;
        }
        return String.valueOf(article.number()).equals(f)
                || article.titleEn().toLowerCase(Locale.ROOT).contains(f)
                || article.titleZh().contains(f);
    }

    public Optional<SectionSummary> sectionOf(Article article) {
        Contents c = contents.get();
        return c == null ? Optional.empty() : Optional.ofNullable(c.sections().get(article.number()));
    }

    /** Tells the user that this cycle's report has no section on the article (so there is nothing to open). */
    public void noSection(Article article) {
        dialogs.showInformation(messages.get("convention.openSection"),
                messages.format("convention.noSectionToOpen", article.heading(messages.language())));
    }

    public Optional<Chapter> chapterOf(Article article) {
        Contents c = contents.get();
        return c == null ? Optional.empty() : c.chapters().stream().filter(ch -> ch.number() == article.chapterNumber()).findFirst();
    }

    public ObjectProperty<Contents> contentsProperty() {
        return contents;
    }

    public ObjectProperty<Article> selectedArticleProperty() {
        return selectedArticle;
    }

    public StringProperty filterProperty() {
        return filter;
    }
}
