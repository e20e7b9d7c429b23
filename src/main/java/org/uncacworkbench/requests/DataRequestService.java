package org.uncacworkbench.requests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.RevisionService;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/**
 * Data requests: the secretariat asks agencies for input on articles by a deadline, records each
 * agency's answer (typed, pasted or imported from .docx / .md), and merges it into a section as a
 * revision linked to the request. An unanswered request past its deadline counts as overdue.
 */
public final class DataRequestService {

    /** An agency late with its answer, for the dashboard. */
    public record Overdue(int requestNo, String agencyCode, LocalDate dueOn) {
    }

    private final Transactor transactor;
    private final DataRequestRepository repository;
    private final SectionService sections;
    private final RevisionService revisions;
    private final UserRepository users;
    private final AuditLog auditLog;
    private final Clock clock;

    public DataRequestService(Transactor transactor, DataRequestRepository repository, SectionService sections,
                              RevisionService revisions, UserRepository users, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.repository = repository;
        this.sections = sections;
        this.revisions = revisions;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Requests of a cycle, with each recipient's status as of today (sent past the deadline = overdue). */
    public List<DataRequest> requests(long cycleId) {
        LocalDate today = LocalDate.now(clock);
        return repository.all(cycleId).stream().map(r -> new DataRequest(r.id(), r.cycleId(), r.number(), r.title(), r.instructions(),
                r.sentOn(), r.dueOn(), r.articles(), r.recipients().stream().map(x -> x.status() == RequestStatus.SENT && r.dueOn().isBefore(today)
                        ? new DataRequest.Recipient(x.id(), x.agency(), RequestStatus.OVERDUE, x.answeredOn(), x.answerText(), x.answerFile(), x.mergedInto())
                        : x).toList())).toList();
    }

    public List<Overdue> overdue(long cycleId) {
        return repository.overdue(cycleId, LocalDate.now(clock));
    }

    public DataRequest send(long cycleId, String title, String instructions, LocalDate dueOn, List<Long> agencyIds,
                            List<Integer> articles, String username) {
        LocalDate today = LocalDate.now(clock);
        if (title == null || title.isBlank()) {
            throw new WorkbenchException(UserMessage.of("request.titleRequired"));
        }
        if (agencyIds.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("request.agencyRequired"));
        }
        if (articles.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("request.articleRequired"));
        }
        if (articles.stream().anyMatch(a -> a < 1 || a > 71)) {
            throw new WorkbenchException(UserMessage.of("request.badArticle"));
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new WorkbenchException(UserMessage.of("request.dueInPast", String.valueOf(dueOn)));
        }
        return transactor.inTransaction(() -> {
            int number = repository.nextNumber(cycleId);
            repository.insert(cycleId, number, title.strip(), instructions == null ? null : instructions.strip(), today, dueOn,
                    users.ensure(username), agencyIds.stream().distinct().toList(), articles.stream().distinct().sorted().toList());
            auditLog.record(username, "create", "data_request", String.valueOf(number), cycleId,
                    "Data request " + number + " sent to " + agencyIds.size() + " agencies on articles " + articles);
            return requests(cycleId).stream().filter(r -> r.number() == number).findFirst().orElseThrow();
        });
    }

    /** Records an agency's answer as text; a new answer replaces one not yet merged. */
    public void recordAnswer(long recipientId, String text, String fileName, String username) {
        if (text == null || text.isBlank()) {
            throw new WorkbenchException(UserMessage.of("request.answerEmpty"));
        }
        transactor.run(() -> {
            DataRequestRepository.RecipientRow row = recipient(recipientId);
            if ("merged".equals(row.status())) {
                throw new WorkbenchException(UserMessage.of("request.alreadyMerged", row.requestNo(), row.agencyCode()));
            }
            repository.answer(recipientId, text.replace("\r\n", "\n").strip(), fileName, LocalDate.now(clock));
            auditLog.record(username, "update", "data_request", String.valueOf(row.requestNo()), row.cycleId(),
                    "Answer of " + row.agencyCode() + " recorded" + (fileName == null ? "" : " from " + fileName));
        });
    }

    /** Records an answer from a .docx or .md file, converted to Markdown first; a bad file changes nothing. */
    public void importAnswer(long recipientId, Path file, String username) {
        String text = RevisionService.readForImport(file);
        recordAnswer(recipientId, text, file.getFileName().toString(), username);
    }

    /**
     * Merges an answer into a section: appended to (or replacing) its text in one language, as a new
     * revision linked to the request.
     */
    public Revision merge(long recipientId, int article, Language language, boolean replace, String username) {
        return transactor.inTransaction(() -> {
            DataRequestRepository.RecipientRow row = recipient(recipientId);
            if (row.answerText() == null) {
                throw new WorkbenchException(UserMessage.of("request.notAnswered", row.requestNo(), row.agencyCode()));
            }
            long sectionId = sections.sectionId(row.cycleId(), SectionKey.forArticle(article))
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchSection", SectionKey.forArticle(article))));
            var current = sections.open(sectionId).text(language).map(Revision::body).orElse("");
            String text = replace || current.isBlank() ? row.answerText() : current.stripTrailing() + "\n\n" + row.answerText();
            var result = revisions.saveFrom(sectionId, language, text, username, Revision.MERGE,
                    "merged from data request " + row.requestNo() + " (" + row.agencyCode() + ")");
            repository.merged(recipientId, result.revision().id(), users.ensure(username));
            auditLog.record(username, "merge", "data_request", String.valueOf(row.requestNo()), row.cycleId(),
                    "Answer of " + row.agencyCode() + " merged into A" + article + " (" + language.shortCode() + ")");
            return result.revision();
        });
    }

    private DataRequestRepository.RecipientRow recipient(long id) {
        return repository.recipient(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("request.noSuchRecipient", id)));
    }
}
