package org.uncacworkbench.drafting.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.drafting.SearchHit;
import org.uncacworkbench.drafting.SearchService;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** One search over every section of every cycle (or one cycle), run in the background. */
public final class SearchViewModel {

    private final SearchService search;
    private final ConventionService convention;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Integer> cycleFilter = new SimpleObjectProperty<>();
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private BackgroundTasks.Handle pending;

    public SearchViewModel(SearchService search, ConventionService convention, BackgroundTasks tasks,
                           DialogService dialogs, Messages messages) {
        this.search = search;
        this.convention = convention;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public void run() {
        if (pending != null) {
            pending.cancel();
        }
        String q = query.get();
        Integer cycle = cycleFilter.get();
        if (q == null || q.isBlank()) {
            results.clear();
            summary.set("");
            return;
        }
        pending = tasks.submit(() -> search.search(q, cycle), (List<SearchHit> hits) -> {
            results.setAll(hits);
            summary.set(hits.isEmpty() ? messages.format("search.none", q)
                    : messages.format(hits.size() >= SearchService.MAX_HITS ? "search.many" : "search.count", hits.size(), q));
        }, failure -> dialogs.showError(messages.get("error.title"), messages.describe(failure)));
    }

    /** 第十四條　預防洗錢措施, or the front matter's name. */
    public String sectionTitle(SearchHit hit) {
        if (hit.articleNumber() != null) {
            return convention.article(hit.articleNumber()).map(a -> a.heading(messages.language())).orElse(hit.sectionKey());
        }
        return messages.get("section." + hit.sectionKey());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Integer> cycleFilterProperty() {
        return cycleFilter;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public Messages messages() {
        return messages;
    }
}
