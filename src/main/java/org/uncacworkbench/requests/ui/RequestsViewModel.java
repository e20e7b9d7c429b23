package org.uncacworkbench.requests.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.agency.Agency;
import org.uncacworkbench.agency.AgencyService;
import org.uncacworkbench.agency.Contact;
import org.uncacworkbench.requests.DataRequest;
import org.uncacworkbench.requests.DataRequestService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** Agencies and data requests of the chosen cycle, and the commands on them. */
public final class RequestsViewModel {

    /** One agency's part of one request: a row of the requests table. */
    public record Row(DataRequest request, DataRequest.Recipient recipient) {
    }

    private final DataRequestService requests;
    private final AgencyService agencies;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencyList = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private BackgroundTasks.Handle importTask;
    private Cycle cycle;

    public RequestsViewModel(DataRequestService requests, AgencyService agencies, BackgroundTasks tasks, DialogService dialogs,
                             Messages messages, String username) {
        this.requests = requests;
        this.agencies = agencies;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    public void load(Cycle c) {
        cycle = c;
        reload();
    }

    private void reload() {
        Cycle c = cycle;
        tasks.submit(() -> new Object[] {c == null ? List.<DataRequest>of() : requests.requests(c.id()), agencies.agencies()}, loaded -> {
            @SuppressWarnings("unchecked") List<DataRequest> list = (List<DataRequest>) loaded[0];
            @SuppressWarnings("unchecked") List<Agency> all = (List<Agency>) loaded[1];
            List<Row> flat = new ArrayList<>();
            list.forEach(r -> r.recipients().forEach(x -> flat.add(new Row(r, x))));
            rows.setAll(flat);
            agencyList.setAll(all);
        }, this::fail);
    }

    public void send(String title, String instructions, LocalDate due, List<Agency> to, String articles, Runnable done) {
        if (cycle == null) {
            return;
        }
        try {
            List<Integer> parsed = org.uncacworkbench.convention.ArticleRanges.parse(articles);
            List<Long> ids = to.stream().map(Agency::id).toList();
            long cycleId = cycle.id();
            tasks.submit(() -> requests.send(cycleId, title, instructions, due, ids, parsed, username), sent -> {
                status.set(messages.format("requests.sent", sent.number(), sent.recipients().size()));
                reload();
                done.run();
            }, failure -> fail(failure, "requests.notSent"));
        } catch (WorkbenchException e) {
            fail(e, "requests.notSent");
        }
    }

    public void saveAnswer(Row row, String text) {
        tasks.submit(() -> {
            requests.recordAnswer(row.recipient().id(), text, null, username);
            return null;
        }, ok -> {
            status.set(messages.format("requests.answerSaved", row.request().number(), row.recipient().agency().code()));
            reload();
        }, this::fail);
    }

    /** Imports an answer file in the background; {@link #cancelImport} drops its result. */
    public void importAnswer(Row row) {
        Optional<Path> file = dialogs.chooseFile(messages.get("requests.importTitle"), List.of("docx", "md"));
        if (file.isEmpty()) {
            return;
        }
        importing.set(true);
        status.set(messages.format("requests.importing", file.get().getFileName().toString()));
        importTask = tasks.submit(() -> {
            requests.importAnswer(row.recipient().id(), file.get(), username);
            return null;
        }, ok -> {
            importing.set(false);
            status.set(messages.format("requests.imported", file.get().getFileName().toString()));
            reload();
        }, failure -> {
            importing.set(false);
            status.set("");
            fail(failure, "requests.notImported");
        });
    }

    public void cancelImport() {
        if (importTask != null) {
            importTask.cancel();
            importing.set(false);
            status.set(messages.get("requests.importCancelled"));
        }
    }

    /** Merges an answer into a section, after the user confirms: it makes a new revision of the section. */
    public void merge(Row row, int article, Language language, boolean replace) {
        String what = messages.format(replace ? "requests.confirmReplace" : "requests.confirmMerge", row.recipient().agency().code(),
                article, language.nativeName());
        if (dialogs.choose(messages.get("requests.merge"), what, List.of(messages.get("requests.merge"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> requests.merge(row.recipient().id(), article, language, replace, username), revision -> {
            status.set(messages.format("requests.merged", row.recipient().agency().code(), article, language.nativeName(), revision.number()));
            reload();
        }, this::fail);
    }

    public void saveAgency(AgencyService.AgencyDraft draft, Consumer<Long> done) {
        tasks.submit(() -> agencies.save(draft, username), id -> {
            status.set(messages.format("requests.agencySaved", draft.code().strip().toUpperCase(java.util.Locale.ROOT)));
            reload();
            done.accept(id);
        }, this::fail);
    }

    public void contacts(long agencyId, Consumer<List<Contact>> then) {
        tasks.submit(() -> agencies.contacts(agencyId), then, this::fail);
    }

    public void addContact(long agencyId, String name, String title, String email, String phone, Runnable done) {
        tasks.submit(() -> agencies.addContact(agencyId, name, title, email, phone, false, username), id -> done.run(), this::fail);
    }

    public void updateContact(Contact contact, String name, String email, Runnable done) {
        tasks.submit(() -> {
            agencies.updateContact(contact, name, email, username);
            return name.strip();
        }, saved -> {
            status.set(messages.format("requests.contactSaved", saved));
            done.run();
        }, this::fail);
    }

    /** Asks first: a removed contact is gone from the directory (the audit log keeps who removed whom). */
    public void removeContact(Contact contact, Runnable done) {
        int answer = dialogs.choose(messages.get("agencies.removeContact"), messages.format("agencies.removeContactQuestion", contact.name()),
                List.of(messages.get("agencies.removeContact"), messages.get("dialog.cancel")));
        if (answer != 0) {
            return;
        }
        tasks.submit(() -> {
            agencies.removeContact(contact, username);
            return contact.name();
        }, removed -> {
            status.set(messages.format("requests.contactRemoved", removed));
            done.run();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        fail(failure, "warning.notDone");
    }

    private void fail(Throwable failure, String titleKey) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get(titleKey));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Agency> agencies() {
        return agencyList;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public Messages messages() {
        return messages;
    }
}
