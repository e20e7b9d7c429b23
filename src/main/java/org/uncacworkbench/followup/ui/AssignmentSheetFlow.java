package org.uncacworkbench.followup.ui;

import java.util.List;
import java.util.function.Consumer;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.followup.AssignmentFiles;
import org.uncacworkbench.followup.AssignmentImport;
import org.uncacworkbench.followup.AssignmentSheet;
import org.uncacworkbench.followup.FollowupService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.ui.BackgroundTasks;
import org.uncacworkbench.ui.DialogService;

/**
 * Assigning many points at once from the window: the assignment sheet written where the user says,
 * and a filled one read, shown point by point, and stored only once the user agrees.
 */
final class AssignmentSheetFlow {

    private final AssignmentFiles files;
    private final FollowupService followup;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final String username;

    AssignmentSheetFlow(AssignmentFiles files, FollowupService followup, BackgroundTasks tasks, DialogService dialogs, Messages messages,
                        String username) {
        this.files = files;
        this.followup = followup;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.username = username;
    }

    void write(Cycle cycle, Consumer<String> status) {
        var texts = new org.uncacworkbench.ui.DocumentSaves.Texts(messages.get("followup.page.export.chooseFile"),
                AssignmentSheet.fileName(cycle, messages.language()), messages.get("followup.page.export.writing"),
                messages.get("review.booklet.writtenTitle"), "review.booklet.written", messages.get("followup.page.export.notWritten"));
        long cycleId = cycle.id();
        org.uncacworkbench.ui.DocumentSaves.save(tasks, dialogs, messages, texts, "xlsx", target -> files.write(cycleId, target), status);
    }

    /** Reads a filled sheet, shows what it assigns and changes, and stores it all at once when confirmed. */
    void read(Cycle cycle, Consumer<String> status, Consumer<Throwable> refuse, Runnable done) {
        var file = dialogs.chooseFile(messages.get("followup.assignSheet.choose"), List.of("xlsx"));
        if (file.isEmpty()) {
            return;
        }
        long cycleId = cycle.id();
        Language lang = messages.language();
        tasks.submit(() -> files.plan(cycleId, file.get()), plan -> {
            List<List<String>> table = plan.changes().stream().filter(c -> c.kind() != AssignmentImport.ChangeKind.UNCHANGED)
                    .map(c -> List.of(String.valueOf(c.observation().number()),
                            messages.get(c.kind() == AssignmentImport.ChangeKind.NEW ? "followup.change.new" : "followup.change.changed"),
                            c.draft().leadCode() + (c.draft().coCodes().isEmpty() ? "" : " + " + String.join(lang.isChinese() ? "、" : ", ", c.draft().coCodes())),
                            messages.get(c.draft().controlLevel().key()))).toList();
            long changing = plan.count(AssignmentImport.ChangeKind.NEW) + plan.count(AssignmentImport.ChangeKind.CHANGED);
            if (changing == 0) {
                dialogs.choose(messages.get("followup.assignSheet.title"), messages.format("followup.assignSheet.nothing",
                        file.get().getFileName().toString()), List.of(messages.get("dialog.ok")));
                return;
            }
            int choice = dialogs.chooseAfterTable(messages.get("followup.assignSheet.title"), messages.format("followup.assignSheet.question",
                    plan.count(AssignmentImport.ChangeKind.NEW), plan.count(AssignmentImport.ChangeKind.CHANGED),
                    plan.count(AssignmentImport.ChangeKind.UNCHANGED)),
                    List.of(messages.get("followup.column.no"), messages.get("followup.column.change"), messages.get("followup.column.lead"),
                            messages.get("followup.column.level")), table,
                    List.of(messages.get("followup.assignSheet.confirm"), messages.get("dialog.cancel")));
            if (choice != 0) {
                return;
            }
            tasks.submit(() -> followup.assignAll(plan, username), n -> {
                status.accept(messages.format("followup.assignSheet.done", n));
                done.run();
            }, refuse::accept);
        }, refuse::accept);
    }
}
