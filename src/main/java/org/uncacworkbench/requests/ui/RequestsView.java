package org.uncacworkbench.requests.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.agency.Contact;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.requests.RequestStatus;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.DateFormats;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.LanguageCell;
import org.uncacworkbench.ui.PageView;

/** Data requests (send, answer, import, merge) and the agencies directory, on one page. */
public final class RequestsView implements PageView {

    private final RequestsViewModel vm;
    private final Messages m;
    private final TabPane root = new TabPane();
    private final TableView<RequestsViewModel.Row> table = new TableView<>();
    private final VBox detail = new VBox(8);
    private final Subscription subscription;

    public RequestsView(RequestsViewModel vm, ObservableValue<Cycle> cycle) {
        this.vm = vm;
        this.m = vm.messages();
        root.setId("requestsPage");
        Tab requests = new Tab(m.get("requests.tab"), requestsTab());
        requests.setId("requestsTab");
        Tab agencies = org.uncacworkbench.ui.Tabs.whenShown(new Tab(m.get("agencies.tab")), new AgenciesPane(vm));
        agencies.setId("agenciesTab");
        requests.setClosable(false);
        agencies.setClosable(false);
        root.getTabs().addAll(requests, agencies);
        subscription = cycle.subscribe(vm::load);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        subscription.unsubscribe();
    }

    private Node requestsTab() {
        Language lang = m.language();
        table.setId("requestTable");
        org.uncacworkbench.ui.Placeholders.empty(table, m.get("requests.empty"));
        table.getColumns().addAll(List.of(
                column("requests.column.no", r -> String.valueOf(r.request().number()), 56, 56),
                dataColumn(column("requests.column.title", r -> r.request().title(), 320, 150)),
                column("requests.column.agency", r -> r.recipient().agency().name(lang), 200, 110),
                column("requests.column.articles", r -> r.request().articles().stream().map(String::valueOf).collect(Collectors.joining(", ")), 110, 80),
                // a date and a status are read whole; the title and the agency give way
                column("requests.column.due", r -> DateFormats.date(r.request().dueOn(), lang), 125, 125),
                column("requests.column.status", r -> m.get(r.recipient().status().messageKey()), 80, 80)));
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RequestsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("milestone-overdue");
                if (!empty && row != null && row.recipient().status() == RequestStatus.OVERDUE) {
                    getStyleClass().add("milestone-overdue");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> showDetail(row));
        Button add = new Button(m.get("requests.new"));
        add.setId("newRequest");
        add.setOnAction(e -> showNewRequest());
        Label status = new Label();
        status.setId("requestsStatus");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        BorderPane left = new BorderPane(table, new ToolBar(add, status), null, null, null);
        detail.setPadding(new Insets(12));
        detail.setId("requestDetail");
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, detailScroll);
        split.setDividerPositions(0.62);
        showDetail(null);
        return split;
    }

    private TableColumn<RequestsViewModel.Row, String> column(String key, Function<RequestsViewModel.Row, String> text, double width,
                                                             double least) {
        TableColumn<RequestsViewModel.Row, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(least);
        return org.uncacworkbench.ui.Cells.readWhole(c);
    }

    /** A column of what the agencies and the secretariat wrote, in the language they wrote it. */
    private static <S> TableColumn<S, String> dataColumn(TableColumn<S, String> column) {
        column.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE);
        return column;
    }

    private void showDetail(RequestsViewModel.Row row) {
        if (row == null) {
            Label hint = new Label(m.get("requests.pick"));
            hint.getStyleClass().add("placeholder-text");
            hint.setWrapText(true);
            detail.getChildren().setAll(hint);
            return;
        }
        Label title = new Label(m.format("requests.detailTitle", row.request().number(), row.request().title()));
        title.getStyleClass().addAll("section-title", org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // the request as written
        title.setWrapText(true);
        Label who = new Label(m.format("requests.detailAgency", row.recipient().agency().label(m.language()),
                m.get(row.recipient().status().messageKey())));
        Label instructions = new Label(row.request().instructions() == null ? "" : row.request().instructions());
        instructions.setWrapText(true);
        instructions.getStyleClass().addAll("muted", org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE);
        boolean merged = row.recipient().status() == RequestStatus.MERGED;
        TextArea answer = new TextArea(row.recipient().answerText() == null ? "" : row.recipient().answerText());
        answer.setId("answerText");
        answer.setPromptText(m.get("requests.answerPrompt"));
        answer.setWrapText(true);
        answer.setPrefRowCount(10);
        answer.setEditable(!merged);
        Button save = new Button(m.get("requests.saveAnswer"));
        save.setId("saveAnswer");
        save.setDisable(merged);
        save.setOnAction(e -> vm.saveAnswer(row, answer.getText()));
        Button importFile = new Button(m.get("requests.importAnswer"));
        importFile.setId("importAnswer");
        importFile.setDisable(merged);
        importFile.setOnAction(e -> vm.importAnswer(row));
        Button cancel = new Button(m.get("requests.cancelImport"));
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.setOnAction(e -> vm.cancelImport());

        ComboBox<Integer> article = new ComboBox<>();
        article.setId("mergeArticle");
        article.getItems().setAll(row.request().articles());
        article.getSelectionModel().selectFirst();
        ComboBox<Language> language = new ComboBox<>();
        language.setId("mergeLanguage");
        language.getItems().setAll(Language.values());
        language.setValue(Language.ZH_TW);
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        language.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // each language named in itself
        CheckBox replace = new CheckBox(m.get("requests.replace"));
        replace.setId("mergeReplace");
        Button merge = new Button(m.get("requests.merge"));
        merge.setId("mergeAnswer");
        merge.setDisable(merged || row.recipient().answerText() == null);
        merge.setOnAction(e -> vm.merge(row, article.getValue(), language.getValue(), replace.isSelected()));
        Label mergedInto = new Label(merged ? m.format("requests.mergedInto", row.recipient().mergedInto()) : "");
        mergedInto.setId("mergedInto");
        Label mergeHint = new Label(m.get("requests.mergeHint"));
        mergeHint.setWrapText(true);
        // the merge's controls keep their size and flow onto a second line when the pane is narrow
        for (javafx.scene.control.Control c : List.of(article, language, replace, merge, save, importFile, cancel)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane mergeRow = new javafx.scene.layout.FlowPane(8, 8, article, language, replace, merge);
        javafx.scene.layout.FlowPane answerRow = new javafx.scene.layout.FlowPane(8, 8, save, importFile, cancel);
        detail.getChildren().setAll(title, who, instructions, answer, answerRow, mergeHint, mergeRow, mergedInto);
    }

    private void showNewRequest() {
        TextField title = new TextField();
        title.setId("requestTitle");
        TextArea instructions = new TextArea();
        instructions.setId("requestInstructions");
        instructions.setPrefRowCount(4);
        DatePicker due = org.uncacworkbench.ui.DatePickers.localize(new DatePicker(LocalDate.now().plusWeeks(4)), m);
        due.setId("requestDue");
        TextField articles = new TextField();
        articles.setId("requestArticles");
        articles.setPromptText("15-20; 33");
        ListView<Agency> to = new ListView<>(vm.agencies());
        to.setId("requestAgencies");
        to.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        to.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Agency a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.code() + (m.language().isChinese() ? "　" : " — ") + a.name(m.language()));
            }
        });
        to.setPrefHeight(200);
        GridPane form = new GridPane();
        form.getStyleClass().add("detail-grid");
        form.addRow(0, new Label(m.get("requests.field.title")), title);
        form.addRow(1, new Label(m.get("requests.field.articles")), articles);
        form.addRow(2, new Label(m.get("requests.field.due")), due);
        form.addRow(3, new Label(m.get("requests.field.agencies")), to);
        form.addRow(4, new Label(m.get("requests.field.instructions")), instructions);
        // labels are read whole; the fields give way
        form.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        GridPane.setHgrow(title, Priority.ALWAYS);
        Button send = new Button(m.get("requests.send"));
        send.setId("sendRequest");
        send.setDefaultButton(true);
        send.setOnAction(e -> vm.send(title.getText(), instructions.getText(), due.getValue(),
                List.copyOf(to.getSelectionModel().getSelectedItems()), articles.getText(), () -> showDetail(null)));
        Label heading = new Label(m.get("requests.new"));
        heading.getStyleClass().add("section-title");
        detail.getChildren().setAll(heading, form, send);
        title.requestFocus();
    }


    /** The agencies directory: list, form to add or change one, its contacts. */
    static final class AgenciesPane extends SplitPane {
        AgenciesPane(RequestsViewModel vm) {
            Messages m = vm.messages();
            ListView<Agency> list = new ListView<>(vm.agencies());
            list.setId("agencyList");
            list.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Agency a, boolean empty) {
                    super.updateItem(a, empty);
                    setText(empty || a == null ? null : a.code() + (m.language().isChinese() ? "　" : " — ") + a.name(m.language()));
                }
            });
            TextField code = new TextField();
            code.setId("agencyCode");
            TextField nameZh = new TextField();
            nameZh.setId("agencyNameZh");
            org.uncacworkbench.ui.Theme.chineseText(nameZh);
            TextField nameEn = new TextField();
            nameEn.setId("agencyNameEn");
            TextField parent = new TextField();
            parent.setId("agencyParent");
            ListView<Contact> contacts = new ListView<>();
            contacts.setId("contactList");
            contacts.setPrefHeight(140);
            contacts.getStyleClass().add(org.uncacworkbench.ui.StaticText.OTHER_LANGUAGE); // people as the directory names them
            contacts.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Contact c, boolean empty) {
                    super.updateItem(c, empty);
                    boolean zh = m.language().isChinese();
                    setText(empty || c == null ? null : c.name() + (c.jobTitle() == null ? "" : zh ? "（" + c.jobTitle() + "）" : " (" + c.jobTitle() + ")")
                            + (c.email() == null ? "" : (zh ? "　" : " — ") + c.email()));
                }
            });
            TextField contactName = new TextField();
            contactName.setId("contactName");
            contactName.setPromptText(m.get("agencies.contactName"));
            TextField contactEmail = new TextField();
            contactEmail.setId("contactEmail");
            contactEmail.setPromptText(m.get("agencies.contactEmail"));
            Button addContact = new Button(m.get("agencies.addContact"));
            addContact.setId("addContact");
            Button saveContact = new Button(m.get("agencies.saveContact"));
            saveContact.setId("saveContact");
            Button removeContact = new Button(m.get("agencies.removeContact"));
            removeContact.setId("removeContact");
            saveContact.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
            removeContact.disableProperty().bind(contacts.getSelectionModel().selectedItemProperty().isNull());
            Runnable showContacts = () -> {
                Agency a = list.getSelectionModel().getSelectedItem();
                contactName.clear();
                contactEmail.clear();
                if (a == null) {
                    contacts.getItems().clear();
                } else {
                    vm.contacts(a.id(), contacts.getItems()::setAll);
                }
            };
            // a chosen contact's name and address fill the fields, to change them or to remove the contact
            contacts.getSelectionModel().selectedItemProperty().addListener((o, old, c) -> {
                if (c != null) {
                    contactName.setText(c.name());
                    contactEmail.setText(c.email() == null ? "" : c.email());
                }
            });
            list.getSelectionModel().selectedItemProperty().addListener((o, old, a) -> {
                code.setText(a == null ? "" : a.code());
                nameZh.setText(a == null ? "" : a.nameZh());
                nameEn.setText(a == null ? "" : a.nameEn());
                parent.setText(a == null || a.parentCode() == null ? "" : a.parentCode());
                showContacts.run();
            });
            addContact.setOnAction(e -> {
                Agency a = list.getSelectionModel().getSelectedItem();
                if (a != null) {
                    vm.addContact(a.id(), contactName.getText(), null, contactEmail.getText(), null, showContacts);
                }
            });
            saveContact.setOnAction(e -> {
                Contact c = contacts.getSelectionModel().getSelectedItem();
                if (c != null) {
                    vm.updateContact(c, contactName.getText(), contactEmail.getText(), showContacts);
                }
            });
            removeContact.setOnAction(e -> {
                Contact c = contacts.getSelectionModel().getSelectedItem();
                if (c != null) {
                    vm.removeContact(c, showContacts);
                }
            });
            Button save = new Button(m.get("agencies.save"));
            save.setId("saveAgency");
            save.setOnAction(e -> {
                Agency a = list.getSelectionModel().getSelectedItem();
                vm.saveAgency(new AgencyService.AgencyDraft(a == null ? null : a.id(), a == null ? 0 : a.version(), code.getText(),
                        nameZh.getText(), nameEn.getText(), a == null ? null : a.shortZh(), parent.getText(), a == null || a.active()), id -> { });
            });
            Button clear = new Button(m.get("agencies.new"));
            clear.setId("newAgency");
            clear.setOnAction(e -> list.getSelectionModel().clearSelection());
            GridPane form = new GridPane();
            form.getStyleClass().add("detail-grid");
            form.addRow(0, new Label(m.get("agencies.code")), code);
            form.addRow(1, new Label(m.get("agencies.nameZh")), nameZh);
            form.addRow(2, new Label(m.get("agencies.nameEn")), nameEn);
            form.addRow(3, new Label(m.get("agencies.parent")), parent);
            GridPane.setHgrow(nameEn, Priority.ALWAYS);
            VBox right = new VBox(10, form, new HBox(8, clear, save), new Label(m.get("agencies.contacts")), contacts,
                    new HBox(8, contactName, contactEmail), new HBox(8, addContact, saveContact, removeContact));
            right.setPadding(new Insets(12));
            getItems().addAll(list, right);
            setDividerPositions(0.4);
        }
    }
}
