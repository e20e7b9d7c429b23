package org.uncacworkbench.views.dossier.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.LanguageCell;
import org.uncacworkbench.ui.StaticText;
import org.uncacworkbench.views.dossier.ArticleDossier;

/**
 * One article in one cycle, everything on one pane: the report's text, the panel, data requests,
 * written questions, civil society, the review meeting, the observations and the previous cycle's;
 * with the briefing book for this article or a range. Texts are shown in the interface's language,
 * the other language where only it exists.
 */
public final class DossierPane extends ScrollPane {

    private final DossierViewModel vm;
    private final Messages m;
    private final VBox content = new VBox(8);
    private final TextField bookArticles = new TextField();
    private final ComboBox<Language> bookLanguage = new ComboBox<>();
    private Cycle cycle;

    public DossierPane(DossierViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        setId("dossierPane");
        setFitToWidth(true);
        content.setPadding(new Insets(12));
        setContent(content);
        bookArticles.setId("bookArticles");
        bookArticles.setPrefColumnCount(8);
        bookLanguage.setId("bookLanguage");
        bookLanguage.getItems().setAll(Language.values());
        bookLanguage.setValue(m.language());
        bookLanguage.setCellFactory(l -> new LanguageCell());
        bookLanguage.setButtonCell(new LanguageCell());
        vm.dossierProperty().subscribe(this::render);
    }

    /** Shows the dossier of an article in a cycle (read in the background). */
    public void show(Cycle c, Integer article) {
        cycle = c;
        bookArticles.setText(article == null ? "" : String.valueOf(article));
        Label loading = new Label(m.get("dossier.loading"));
        loading.getStyleClass().add("muted");
        content.getChildren().setAll(loading);
        vm.show(c, article);
    }

    private void render(ArticleDossier d) {
        if (d == null) {
            return;
        }
        Language lang = m.language();
        boolean zh = lang.isChinese();
        Label heading = new Label(d.article().heading(lang));
        heading.getStyleClass().add("article-heading");
        heading.setWrapText(true);
        heading.setId("dossierHeading");
        Label bookLabel = new Label(m.get("dossier.book.articles"));
        bookLabel.setLabelFor(bookArticles);
        Button book = new Button(m.get("dossier.book.export"));
        book.setId("briefingBook");
        book.setOnAction(e -> vm.exportBook(cycle, bookArticles.getText(), bookLanguage.getValue()));
        Label status = new Label();
        status.setId("dossierStatus");
        status.setWrapText(true);
        status.getStyleClass().add("muted");
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        FlowPane tools = new FlowPane(8, 8, bookLabel, bookArticles, bookLanguage, book);
        content.getChildren().setAll(heading, tools, status);

        content.getChildren().add(title(m.get("dossier.reportText")));
        var report = (zh ? d.textZh() : d.textEn()).or(() -> zh ? d.textEn() : d.textZh());
        if (report.isPresent()) {
            // the section as the drafting page previews it: headings, lists and tables kept
            VBox text = org.uncacworkbench.ui.markdown.MarkdownPreview.render(org.uncacworkbench.markdown.Markdown.parse(report.get()),
                    m.get("preview.footnotes"));
            text.setId("dossierReport");
            text.getStyleClass().addAll("markdown-preview", StaticText.OTHER_LANGUAGE);
            content.getChildren().add(text);
        } else {
            lines(List.of(), "dossierReport");
        }
        part("dossier.panel", java.util.stream.Stream.concat(
                d.comments().stream().map(c -> (zh || c.memberEn() == null || c.memberEn().isBlank() ? c.memberZh() : c.memberEn())
                        + (zh ? "：" : ": ") + pick(zh, c.comment().body(), c.comment().bodyEn())),
                d.rulings().stream().map(r -> m.format("dossier.ruling", r.sessionNo()) + r.text(lang))).toList(), "dossierPanel");
        part("dossier.requests", d.requests().stream().flatMap(r -> r.recipients().stream().map(x -> m.format("dossier.request", r.number(),
                x.agency().code()) + (x.answerText() == null ? m.get("dossier.noAnswer") : x.answerText()))).toList(), "dossierRequests");
        part("dossier.questions", d.questions().stream().flatMap(q -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(m.format("dossier.question", q.number()) + q.text(lang)),
                q.answers().stream().map(a -> "    " + a.agency().code() + (zh ? "：" : ": ") + pick(zh, a.textZh(), a.textEn())))).toList(),
                "dossierQuestions");
        part("dossier.points", d.points().stream().map(p -> (zh && p.organisationZh() != null ? p.organisationZh() : p.organisationEn())
                + (zh ? "：" : ": ") + pick(zh, p.textZh(), p.textEn())).toList(), "dossierPoints");
        part("dossier.exchanges", d.exchanges().stream().map(x -> m.format("dossier.exchange", x.sessionNo())
                + (x.closedSession() ? "[" + m.get("dossier.closedSession") + "] " : "") + (x.reviewer() == null ? "" : x.reviewer() + (zh ? "：" : ": "))
                + x.question() + (x.answer() == null ? "" : " — " + (x.agencyCode() == null ? "" : x.agencyCode() + (zh ? "：" : ": ")) + x.answer())).toList(),
                "dossierExchanges");
        part("dossier.observations", d.observations().stream().flatMap(o -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(m.format("dossier.observation", o.number()) + (o.adopted() ? "" : "[" + m.get("dossier.draft") + "] ")
                        + pick(zh, o.textZh(), o.textEn())),
                o.chain().stream().map(c -> "    " + m.format("dossier.chain", c.cycleNumber(), c.number(), m.get(c.key()))
                        + pick(zh, c.textZh(), c.textEn())))).toList(), "dossierObservations");
        Label previous = title(d.previousCycle().map(p -> m.format("dossier.previous", p.title(lang))).orElse(m.get("dossier.previousNone")));
        content.getChildren().add(previous);
        lines(d.previousObservations().stream().map(o -> m.format("dossier.observation", o.number()) + pick(zh, o.textZh(), o.textEn())).toList(),
                "dossierPrevious");
    }

    private void part(String key, List<String> lines, String id) {
        content.getChildren().add(title(m.get(key)));
        lines(lines.stream().filter(java.util.Objects::nonNull).toList(), id);
    }

    private void lines(List<String> lines, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        if (lines.isEmpty()) {
            Label none = new Label(m.get("dossier.none"));
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add(StaticText.OTHER_LANGUAGE); // what people wrote, in the language they wrote it
            box.getChildren().add(l);
        }
        content.getChildren().add(box);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        return l;
    }

    private static String pick(boolean zh, String textZh, String textEn) {
        String mine = zh ? textZh : textEn;
        return mine != null && !mine.isBlank() ? mine : textZh != null ? textZh : textEn;
    }

    /** For tests and the page: the node holding one part of the dossier. */
    Node part(String id) {
        return content.lookup("#" + id);
    }
}
