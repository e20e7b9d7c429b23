package org.uncacworkbench.drafting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/**
 * Report sections: listing them, opening one, and moving it through its statuses. A final section
 * is read-only; reopening it needs a reason, which the status history keeps.
 */
public final class SectionService {

    private final SectionRepository repository;
    private final RevisionRepository revisions;
    private final TranslationService translations;
    private final UserRepository users;
    private final Transactor transactor;
    private final AuditLog auditLog;

    public SectionService(SectionRepository repository, RevisionRepository revisions, TranslationService translations,
                          UserRepository users, Transactor transactor, AuditLog auditLog) {
        this.repository = repository;
        this.revisions = revisions;
        this.translations = translations;
        this.users = users;
        this.transactor = transactor;
        this.auditLog = auditLog;
    }

    /** A new cycle's sections (see {@link SectionRepository#createSections}); inside the caller's transaction. */
    public int createSections(long cycleId, Long like) {
        return repository.createSections(cycleId, like);
    }

    public List<SectionSummary> sections(long cycleId) {
        return repository.summaries(cycleId);
    }

    /** The section of each article in the cycle, by article number. */
    public Map<Integer, SectionSummary> sectionsByArticle(long cycleId) {
        return repository.summaries(cycleId).stream()
                .filter(s -> s.articleNumber() != null)
                .collect(Collectors.toMap(SectionSummary::articleNumber, Function.identity()));
    }

    /** How many sections are in each status; every status is present, zero where none. */
    public Map<SectionStatus, Integer> countsByStatus(long cycleId) {
        return repository.countsByStatus(cycleId);
    }

    public Optional<Long> sectionId(long cycleId, String key) {
        return repository.idOf(cycleId, key);
    }

    /**
     * The newest text in {@code language} of every section of a cycle that has one, by section key,
     * read at once: what a document of the whole report needs, without each section's history.
     */
    public Map<String, Revision> currentTexts(long cycleId, Language language) {
        return revisions.currentOfCycle(cycleId, language);
    }

    /** Everything the editor shows for a section, read consistently. */
    public SectionDocument open(long sectionId) {
        return transactor.inTransaction(() -> {
            Section section = repository.section(sectionId)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchSection", sectionId)));
            return new SectionDocument(section, revisions.current(sectionId, Language.ZH_TW), revisions.current(sectionId, Language.EN),
                    translations.state(sectionId), repository.statusHistory(sectionId));
        });
    }

    /**
     * Moves a section to another status. Leaving "final" needs a reason; becoming final needs the
     * Chinese text. {@code expectedVersion} guards against a change made meanwhile by someone else.
     */
    public SectionDocument changeStatus(long sectionId, int expectedVersion, SectionStatus to, String reason, String username) {
        return transactor.inTransaction(() -> {
            Section section = repository.section(sectionId)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchSection", sectionId)));
            if (section.version() != expectedVersion) {
                throw new WorkbenchException(UserMessage.of("drafting.changedMeanwhile", section.key()));
            }
            if (section.status() == to) {
                return open(sectionId);
            }
            String why = reason == null || reason.isBlank() ? null : reason.strip();
            if (section.isFinal() && why == null) {
                throw new WorkbenchException(UserMessage.of("drafting.reopenNeedsReason"));
            }
            if (to == SectionStatus.FINAL && revisions.current(sectionId, Language.ZH_TW).isEmpty()) {
                throw new WorkbenchException(UserMessage.of("drafting.finalNeedsText"));
            }
            if (!repository.changeStatus(sectionId, section.version(), section.status(), to, why, users.ensure(username))) {
                throw new WorkbenchException(UserMessage.of("drafting.changedMeanwhile", section.key()));
            }
            auditLog.record(username, "status_change", "report_section", section.key(), section.cycleId(),
                    section.key() + ": " + section.status().code() + " → " + to.code() + (why == null ? "" : " (" + why + ")"));
            return open(sectionId);
        });
    }
}
