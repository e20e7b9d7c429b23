package org.uncacworkbench.panel.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.panel.ActionItem;
import org.uncacworkbench.panel.AgendaItem;
import org.uncacworkbench.panel.Attendance;
import org.uncacworkbench.panel.AttendanceStatus;
import org.uncacworkbench.panel.ChairRotation;
import org.uncacworkbench.panel.Conflict;
import org.uncacworkbench.panel.ItemKind;
import org.uncacworkbench.panel.MinutesService;
import org.uncacworkbench.panel.PanelComment;
import org.uncacworkbench.panel.PanelMember;
import org.uncacworkbench.panel.PanelService;
import org.uncacworkbench.panel.PanelSession;
import org.uncacworkbench.panel.Ruling;
import org.uncacworkbench.panel.SessionKind;
import org.uncacworkbench.panel.SessionRecordService;
import org.uncacworkbench.panel.SessionStatus;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/** The panel page's state and commands: members, sessions and what they record, action items, minutes. */
public final class PanelViewModel {

    private final PanelService panel;
    private final SessionRecordService records;
    private final MinutesService minutes;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;

    private final ObservableList<PanelMember> members = FXCollections.observableArrayList();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<PanelService.ChairCount> chairCounts = FXCollections.observableArrayList();
    private final ObservableList<PanelSession> sessions = FXCollections.observableArrayList();
    private final ObservableList<ActionItem> actions = FXCollections.observableArrayList();
    private final ObservableList<Attendance> attendance = FXCollections.observableArrayList();
    private final ObservableList<PanelComment> comments = FXCollections.observableArrayList();
    private final ObservableList<Ruling> rulings = FXCollections.observableArrayList();
    private final ObjectProperty<PanelSession> session = new SimpleObjectProperty<>();
    private final ObjectProperty<ChairRotation.Proposal> proposal = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionRecordService.ArticleRecord> articleRecord = new SimpleObjectProperty<>();
    private final StringProperty minutesText = new SimpleStringProperty("");
    private final BooleanProperty minutesEdited = new SimpleBooleanProperty();
    /** What the minutes shown lack in their language (English texts the record has only in Chinese). */
    private final ObservableList<org.uncacworkbench.panel.MissingEnglish> minutesMissing = FXCollections.observableArrayList();
    private final ObjectProperty<Language> minutesLanguage = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final SimpleObjectProperty<Double> exportProgress = new SimpleObjectProperty<>(-1.0);
    private BackgroundTasks.Handle exportTask;
    private Cycle cycle;

    public PanelViewModel(PanelService panel, SessionRecordService records, MinutesService minutes, BackgroundTasks tasks,
                          DialogService dialogs, Messages messages, String username) {
        this.panel = panel;
        this.records = records;
        this.minutes = minutes;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
        minutesLanguage.set(messages.language());
    }

    public void load(Cycle c) {
        cycle = c;
        session.set(null);
        reload();
    }

    private record Loaded(List<PanelMember> members, List<Conflict> conflicts, List<PanelService.ChairCount> counts,
                          List<PanelSession> sessions, List<ActionItem> actions) {
    }

    private void reload() {
        Cycle c = cycle;
        Long selected = session.get() == null ? null : session.get().id();
        tasks.submit(() -> c == null ? new Loaded(List.of(), List.of(), List.of(), List.of(), List.of())
                : new Loaded(panel.members(c.id()), panel.conflicts(c.id()), panel.chairCounts(c.id()), panel.sessions(c.id()),
                records.actions(c.id())), l -> {
            members.setAll(l.members());
            conflicts.setAll(l.conflicts());
            chairCounts.setAll(l.counts());
            sessions.setAll(l.sessions());
            actions.setAll(l.actions());
            select(l.sessions().stream().filter(s -> selected != null && s.id() == selected).findFirst().orElse(null));
        }, this::fail);
    }

    private record Detail(PanelSession session, List<Attendance> attendance, List<PanelComment> comments, List<Ruling> rulings,
                          ChairRotation.Proposal proposal, MinutesService.Draft minutes) {
    }

    /** Shows a session with its record, the rotation's proposal and its minutes. */
    public void select(PanelSession s) {
        if (s == null) {
            session.set(null);
            attendance.clear();
            comments.clear();
            rulings.clear();
            proposal.set(null);
            minutesText.set("");
            minutesMissing.clear();
            return;
        }
        Language lang = minutesLanguage.get();
        tasks.submit(() -> new Detail(panel.session(s.id()), records.attendance(s.id()), records.comments(s.id()),
                records.rulings(s.cycleId()), s.kind().memberChairs() ? panel.proposeChair(s.id()) : null, minutes.draft(s.id(), lang)), d -> {
            attendance.setAll(d.attendance());
            comments.setAll(d.comments());
            rulings.setAll(d.rulings());
            proposal.set(d.proposal());
            showDraft(d.minutes());
            session.set(d.session());
        }, this::fail);
    }

    /** Runs a change in the background, then says so and shows the page afresh. */
    private <T> void change(Callable<T> work, Consumer<T> then, String doneKey, Object... args) {
        tasks.submit(work, result -> {
            status.set(messages.format(doneKey, args));
            if (then != null) {
                then.accept(result);
            }
            reload();
        }, this::fail);
    }

    // --- members

    public void saveMember(PanelMember m) {
        if (cycle == null) {
            return;
        }
        PanelMember withCycle = new PanelMember(m.id(), cycle.id(), m.nameZh(), m.nameEn(), m.affiliationZh(), m.affiliationEn(), m.sector(),
                m.email(), m.phone(), m.joinedOn(), m.leftOn());
        change(() -> panel.saveMember(withCycle, username), null, "panel.status.memberSaved", m.nameZh());
    }

    public void deleteMember(PanelMember m) {
        change(() -> {
            panel.deleteMember(m.id(), username);
            return null;
        }, null, "panel.status.memberDeleted", m.nameZh());
    }

    public void addConflict(PanelMember m, String article, String agency, String note) {
        change(() -> {
            panel.addConflict(m.id(), article(article), agency, note, username);
            return null;
        }, null, "panel.status.conflictAdded", m.nameZh());
    }

    public void removeConflict(Conflict c) {
        change(() -> {
            panel.removeConflict(c.id(), username);
            return null;
        }, null, "panel.status.conflictRemoved");
    }

    // --- sessions

    /** The plan as typed: date, times "14:00", venues; a bad time is reported, not guessed. */
    public PanelService.SessionPlan plan(SessionKind kind, LocalDate date, String starts, String ends, String venueZh, String venueEn,
                                         String recorder) {
        if (date == null || starts == null || starts.isBlank()) {
            throw new WorkbenchException(UserMessage.of("panel.session.startRequired"));
        }
        try {
            LocalDateTime from = date.atTime(LocalTime.parse(starts.strip()));
            LocalDateTime to = ends == null || ends.isBlank() ? null : date.atTime(LocalTime.parse(ends.strip()));
            return new PanelService.SessionPlan(kind, from, to, venueZh, venueEn, recorder);
        } catch (DateTimeParseException e) {
            throw new WorkbenchException(UserMessage.of("panel.session.badTime", starts + (ends == null ? "" : " / " + ends)));
        }
    }

    public void planSession(SessionKind kind, LocalDate date, String starts, String ends, String venueZh, String venueEn, String recorder) {
        if (cycle == null) {
            return;
        }
        try {
            PanelService.SessionPlan p = plan(kind, date, starts, ends, venueZh, venueEn, recorder);
            long cycleId = cycle.id();
            tasks.submit(() -> panel.plan(cycleId, p, username), s -> {
                status.set(messages.format("panel.status.planned", s.number()));
                session.set(s);
                reload();
            }, this::fail);
        } catch (WorkbenchException e) {
            fail(e);
        }
    }

    public void updateSession(SessionKind kind, LocalDate date, String starts, String ends, String venueZh, String venueEn, String recorder,
                              String remarks, SessionStatus sessionStatus) {
        PanelSession s = session.get();
        if (s == null) {
            return;
        }
        try {
            PanelService.SessionPlan p = plan(kind, date, starts, ends, venueZh, venueEn, recorder);
            change(() -> panel.update(s.id(), p, remarks, sessionStatus, username), null, "panel.status.updated", s.number());
        } catch (WorkbenchException e) {
            fail(e);
        }
    }

    public void deleteSession() {
        PanelSession s = session.get();
        if (s == null || dialogs.choose(messages.get("panel.deleteSession"), messages.format("panel.confirmDeleteSession", s.number()),
                List.of(messages.get("panel.deleteSession"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        tasks.submit(() -> {
            panel.deleteSession(s.id(), username);
            return null;
        }, ok -> {
            status.set(messages.format("panel.status.sessionDeleted", s.number()));
            session.set(null);
            reload();
        }, this::fail);
    }

    public void addItem(ItemKind kind, String article, String titleZh, String titleEn, String explanation) {
        PanelSession s = session.get();
        if (s == null) {
            return;
        }
        boolean chinese = messages.language().isChinese();
        change(() -> panel.saveItem(s.id(), null, kind, article(article), titleZh, titleEn, chinese ? explanation : null, chinese ? null : explanation, username),
                null, "panel.status.itemAdded", s.number());
    }

    public void deleteItem(AgendaItem item) {
        PanelSession s = session.get();
        change(() -> {
            panel.deleteItem(s.id(), item.id(), username);
            return null;
        }, null, "panel.status.itemRemoved", item.number());
    }

    public void acceptProposal() {
        ChairRotation.Proposal p = proposal.get();
        if (p == null || p.proposed().isEmpty()) {
            fail(new WorkbenchException(UserMessage.of("panel.chair.noCandidate")));
            return;
        }
        assignChair(p.proposed().get(), null);
    }

    public void assignChair(PanelMember member, String reason) {
        PanelSession s = session.get();
        if (s == null || member == null) {
            return;
        }
        change(() -> panel.assignChair(s.id(), member.id(), reason, username), null, "panel.status.chair", member.name(messages.language()));
    }

    public void assignGovernmentChair(String name) {
        PanelSession s = session.get();
        if (s == null) {
            return;
        }
        change(() -> panel.assignGovernmentChair(s.id(), name, username), null, "panel.status.chair", name == null ? "" : name);
    }

    public void setAttendance(PanelMember member, AttendanceStatus value) {
        PanelSession s = session.get();
        change(() -> {
            records.setAttendance(s.id(), member.id(), value, username);
            return null;
        }, null, "panel.status.attendance", member.name(messages.language()));
    }

    public void addGuest(String name, String agency) {
        PanelSession s = session.get();
        change(() -> {
            records.addGuest(s.id(), name, agency, username);
            return null;
        }, null, "panel.status.guest", name == null ? "" : name.strip());
    }

    /** A comment on an agenda item, or, with no item chosen, on the article typed. */
    public void addComment(PanelMember member, AgendaItem item, String article, String paragraph, String body) {
        PanelSession s = session.get();
        boolean onArticle = item == null && article != null && !article.isBlank();
        if (s == null || member == null || (item == null && !onArticle)) {
            fail(new WorkbenchException(UserMessage.of("panel.comment.whoAndWhat")));
            return;
        }
        change(() -> onArticle ? records.addArticleComment(s.id(), member.id(), article(article), paragraph, body, username)
                : records.addComment(s.id(), member.id(), item.id(), paragraph, body, username), null, "panel.status.comment",
                member.name(messages.language()));
    }

    public void rule(AgendaItem item, String textZh, String textEn) {
        PanelSession s = session.get();
        if (s == null || item == null) {
            fail(new WorkbenchException(UserMessage.of("panel.ruling.itemRequired")));
            return;
        }
        change(() -> records.rule(s.id(), item.id(), textZh, textEn, username), null, "panel.status.ruling", item.number());
    }

    /** Releases an earlier ruling at the session shown (解除列管), or keeps it tracked. */
    public void setTracking(Ruling ruling, boolean tracked) {
        PanelSession s = session.get();
        change(() -> {
            records.setTracking(ruling.id(), tracked, s.id(), username);
            return null;
        }, null, tracked ? "panel.status.tracked" : "panel.status.released", ruling.sessionNo(), ruling.itemNo());
    }

    public void addAction(Ruling ruling, ActionItem.Kind kind, String description, String article, String user, String agency, LocalDate due) {
        if (ruling == null) {
            fail(new WorkbenchException(UserMessage.of("panel.action.rulingRequired")));
            return;
        }
        change(() -> records.addAction(ruling.id(), kind, description, null, article(article), user, agency, due, username), null, "panel.status.action");
    }

    /** Closes an action item, asking for the revision (or data request) that did it. */
    public void complete(ActionItem action) {
        String key = action.kind() == ActionItem.Kind.REVISE_SECTION ? "panel.askRevision" : "panel.askRequest";
        var answer = dialogs.askText(messages.get("panel.completeAction"), messages.format(key, action.sectionKey() == null ? "" : action.sectionKey()));
        if (answer.isEmpty()) {
            return;
        }
        String text = answer.get().strip();
        Integer number;
        try {
            number = text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            fail(new WorkbenchException(UserMessage.of("panel.notANumber", text)));
            return;
        }
        boolean revision = action.kind() == ActionItem.Kind.REVISE_SECTION;
        Language lang = messages.language();
        change(() -> records.complete(action.id(), lang, revision ? number : null, revision ? null : number, username), null,
                "panel.status.actionDone");
    }

    public void cancel(ActionItem action) {
        change(() -> records.cancel(action.id(), username), null, "panel.status.actionCancelled");
    }

    public void showArticle(String article) {
        if (cycle == null) {
            return;
        }
        long cycleId = cycle.id();
        tasks.submit(() -> records.article(cycleId, article(article)), articleRecord::set, this::fail);
    }

    // --- minutes

    public void showMinutes(Language language) {
        minutesLanguage.set(language);
        PanelSession s = session.get();
        if (s == null) {
            return;
        }
        tasks.submit(() -> minutes.draft(s.id(), language), this::showDraft, this::fail);
    }

    private void showDraft(MinutesService.Draft d) {
        minutesText.set(d.markdown());
        minutesEdited.set(d.edited());
        minutesMissing.setAll(d.missing());
    }

    /**
     * Asks for the English of every text the English minutes lack that the record can keep, and
     * keeps what the user typed; the minutes are drafted again with it.
     */
    public void fillEnglish() {
        PanelSession s = session.get();
        List<org.uncacworkbench.panel.MissingEnglish> fillable = minutesMissing.stream().filter(m -> m.kind().fillable()).toList();
        if (s == null || fillable.isEmpty()) {
            return;
        }
        var answers = dialogs.askTranslations(messages.get("panel.minutes.fillEnglish"), messages.get("panel.minutes.fillEnglishHint"),
                fillable.stream().map(m -> m.describe(messages)).toList(), fillable.stream().map(org.uncacworkbench.panel.MissingEnglish::chinese).toList());
        if (answers.isEmpty()) {
            return;
        }
        java.util.Map<org.uncacworkbench.panel.MissingEnglish, String> given = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fillable.size(); i++) {
            given.put(fillable.get(i), answers.get().get(i));
        }
        Language language = minutesLanguage.get();
        tasks.submit(() -> {
            int saved = minutes.fillEnglish(s.id(), given, username);
            return java.util.Map.entry(saved, minutes.draft(s.id(), language));
        }, result -> {
            showDraft(result.getValue());
            status.set(messages.format("panel.status.englishFilled", result.getKey()));
        }, failure -> org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("minutes.english.notKept")));
    }

    public void saveMinutes(String text) {
        PanelSession s = session.get();
        Language language = minutesLanguage.get();
        tasks.submit(() -> {
            minutes.save(s.id(), language, text, username);
            return minutes.draft(s.id(), language);
        }, d -> {
            showDraft(d);
            status.set(messages.format("panel.status.minutesSaved", s.number()));
        }, this::fail);
    }

    public void regenerateMinutes() {
        PanelSession s = session.get();
        if (s == null || dialogs.choose(messages.get("panel.minutes.regenerate"), messages.get("panel.minutes.confirmRegenerate"),
                List.of(messages.get("panel.minutes.regenerate"), messages.get("dialog.cancel"))) != 0) {
            return;
        }
        Language language = minutesLanguage.get();
        tasks.submit(() -> {
            minutes.regenerate(s.id(), language, username);
            return minutes.draft(s.id(), language);
        }, this::showDraft, this::fail);
    }

    /** Saves what is in the editor, then writes the .docx in the background with progress, and opens it. */
    public void exportMinutes(String text) {
        PanelSession s = session.get();
        if (s == null) {
            return;
        }
        Language language = minutesLanguage.get();
        if (!language.isChinese() && !minutesMissing.isEmpty() && !writeWithChineseOnly()) {
            return;
        }
        String suggested = messages.format("panel.minutes.fileName", s.number(), language.shortCode());
        var target = dialogs.chooseSaveFile(messages.get("panel.minutes.export"), suggested, "docx");
        if (target.isEmpty()) {
            return;
        }
        exportProgress.set(0.0);
        boolean edited = minutesEdited.get(); // read here: properties belong to the FX thread
        exportTask = tasks.submit(p -> {
            if (edited || !text.equals(minutes.draft(s.id(), language).markdown())) {
                minutes.save(s.id(), language, text, username);
            }
            return minutes.export(s.id(), language, target.get(), DocxEngine.Progress.of(p::report, p::cancelled));
        }, exportProgress::set, (Path written) -> {
            exportProgress.set(-1.0);
            status.set(messages.format("panel.status.minutesExported", written.getFileName().toString()));
            dialogs.open(written);
        }, failure -> {
            exportProgress.set(-1.0);
            fail(failure);
        });
    }

    /**
     * Lists what the English minutes lack and asks whether to write them with those texts marked
     * "[Chinese only]" or to fill them in first.
     */
    private boolean writeWithChineseOnly() {
        int shown = Math.min(8, minutesMissing.size());
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            var m = minutesMissing.get(i);
            list.append("• ").append(m.describe(messages)).append(messages.get("minutes.colon")).append(m.chineseShort(30)).append('\n');
        }
        if (minutesMissing.size() > shown) {
            list.append(messages.format("panel.minutes.andMore", minutesMissing.size() - shown));
        }
        boolean fillable = minutesMissing.stream().anyMatch(m -> m.kind().fillable());
        List<String> options = fillable
                ? List.of(messages.get("panel.minutes.writeAnyway"), messages.get("panel.minutes.fillEnglish"), messages.get("dialog.cancel"))
                : List.of(messages.get("panel.minutes.writeAnyway"), messages.get("dialog.cancel"));
        int choice = dialogs.choose(messages.get("panel.minutes.missingTitle"),
                messages.format("panel.minutes.missingMessage", minutesMissing.size(), list.toString().strip()), options);
        if (choice == 1 && fillable) {
            fillEnglish();
        }
        return choice == 0;
    }

    public ObservableList<org.uncacworkbench.panel.MissingEnglish> minutesMissing() {
        return minutesMissing;
    }

    public void cancelExport() {
        if (exportTask != null) {
            exportTask.cancel();
            exportProgress.set(-1.0);
            status.set(messages.get("export.cancelled"));
        }
    }

    /** An article number as typed, {@code null} when nothing was typed; the services check the range. */
    private static Integer article(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
    }

    private void fail(Throwable failure) {
        org.uncacworkbench.ui.Failures.show(dialogs, messages, failure, messages.get("warning.notDone"));
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<PanelMember> members() {
        return members;
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public ObservableList<PanelService.ChairCount> chairCounts() {
        return chairCounts;
    }

    public ObservableList<PanelSession> sessions() {
        return sessions;
    }

    public ObservableList<ActionItem> actions() {
        return actions;
    }

    public ObservableList<Attendance> attendance() {
        return attendance;
    }

    public ObservableList<PanelComment> comments() {
        return comments;
    }

    public ObservableList<Ruling> rulings() {
        return rulings;
    }

    public ObjectProperty<PanelSession> sessionProperty() {
        return session;
    }

    public ObjectProperty<ChairRotation.Proposal> proposalProperty() {
        return proposal;
    }

    public ObjectProperty<SessionRecordService.ArticleRecord> articleRecordProperty() {
        return articleRecord;
    }

    public StringProperty minutesTextProperty() {
        return minutesText;
    }

    public BooleanProperty minutesEditedProperty() {
        return minutesEdited;
    }

    public ObjectProperty<Language> minutesLanguageProperty() {
        return minutesLanguage;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public SimpleObjectProperty<Double> exportProgressProperty() {
        return exportProgress;
    }

    /** The background work of this page, for the parts of the view that run their own (the minutes' preview). */
    public BackgroundTasks tasks() {
        return tasks;
    }
}
