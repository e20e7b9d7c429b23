package org.uncacworkbench.panel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.convention.ConventionService;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.RevisionService;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.drafting.SectionService;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.drafting.ReportExporter;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/**
 * Review packs both ways: the articles on a session's agenda as a .docx for members, and a member's
 * returned pack read back — each Word comment becomes the member's comment on the right article and
 * paragraph, each tracked change a suggestion to accept (a new revision) or reject.
 */
public final class ReviewPackService {

    /** What an import did, and what it could not do and why. */
    public record ImportResult(int comments, int suggestions, List<UserMessage> notes, boolean alreadyImported) {
    }

    private final Transactor transactor;
    private final ReviewPackRepository repository;
    private final SessionRecordRepository records;
    private final PanelService panel;
    private final CycleService cycles;
    private final ConventionService convention;
    private final SectionService sections;
    private final RevisionService revisions;
    private final ReportExporter exporter;
    private final UserRepository users;
    private final AuditLog auditLog;

    public ReviewPackService(Transactor transactor, ReviewPackRepository repository, SessionRecordRepository records, PanelService panel,
                             CycleService cycles, ConventionService convention, SectionService sections, RevisionService revisions,
                             ReportExporter exporter, UserRepository users, AuditLog auditLog) {
        this.transactor = transactor;
        this.repository = repository;
        this.records = records;
        this.panel = panel;
        this.cycles = cycles;
        this.convention = convention;
        this.sections = sections;
        this.revisions = revisions;
        this.exporter = exporter;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** The articles on a session's agenda, as a pack for members to comment on in Word. */
    public Path exportForSession(long sessionId, Language language, Path target, DocxEngine.Progress progress) {
        PanelSession s = panel.session(sessionId);
        if (s.articles().isEmpty()) {
            throw new WorkbenchException(UserMessage.of("pack.noArticles", s.number()));
        }
        Cycle cycle = cycles.cycle(s.cycleId()).orElseThrow();
        return exporter.exportReviewPack(cycle.number(), language, new HashSet<>(s.articles()), target, progress);
    }

    /**
     * Imports a member's returned pack into the cycle (and, if given, the session it was for). The
     * same file twice adds nothing; a file that is not one of our packs, was made for another cycle
     * or was tampered with changes nothing and says why.
     */
    public ImportResult importPack(long cycleId, long memberId, Long sessionId, Path file, String username) {
        String digest = sha256(file);
        Map<String, Integer> headings = new HashMap<>();
        for (Article a : convention.articles()) {
            for (Language l : Language.values()) {
                headings.put(a.heading(l), a.number());
            }
        }
        ReviewPackReader.Pack pack = ReviewPackReader.read(file, headings);
        String name = file.getFileName().toString();
        return transactor.inTransaction(() -> {
            var before = repository.importedAt(cycleId, digest);
            if (before.isPresent()) {
                return new ImportResult(0, 0, List.of(UserMessage.of("pack.alreadyImported", name)), true);
            }
            Cycle cycle = cycles.cycle(cycleId).orElseThrow();
            if (pack.cycle() != cycle.number()) {
                throw new WorkbenchException(UserMessage.of("pack.otherCycle", name, pack.cycle(), cycle.number()));
            }
            PanelMember member = panel.member(memberId);
            if (member.cycleId() != cycleId) {
                throw new WorkbenchException(UserMessage.of("panel.noSuchMember", memberId));
            }
            // each article as the pack showed it, against the section now
            Map<Integer, Long> sectionIds = new HashMap<>();
            Set<Integer> changedSince = new HashSet<>();
            List<UserMessage> notes = new ArrayList<>();
            for (var e : pack.revisions().entrySet()) {
                long section = sections.sectionId(cycleId, SectionKey.forArticle(e.getKey()))
                        .orElseThrow(() -> new WorkbenchException(UserMessage.of("pack.tampered", name)));
                int now = sections.open(section).text(pack.language()).map(Revision::number).orElse(0);
                if (e.getValue() > now) {
                    throw new WorkbenchException(UserMessage.of("pack.tampered", name));
                }
                if (e.getValue() < now) {
                    changedSince.add(e.getKey());
                    notes.add(UserMessage.of("pack.changedSince", e.getKey(), e.getValue(), now));
                }
                sectionIds.put(e.getKey(), section);
            }
            Set<Integer> used = new HashSet<>();
            pack.comments().forEach(c -> used.add(c.article()));
            pack.changes().forEach(c -> used.add(c.article()));
            if (!sectionIds.keySet().containsAll(used)) {
                throw new WorkbenchException(UserMessage.of("pack.tampered", name));
            }
            long importId = repository.insertImport(cycleId, memberId, sessionId, name, digest, users.ensure(username));
            int comments = 0;
            int repeated = 0;
            for (ReviewPackReader.Comment c : pack.comments()) {
                String body = c.text().isBlank() ? "—" : c.text();
                if (repository.commentExists(cycleId, memberId, c.article(), String.valueOf(c.paragraph()), body)) {
                    repeated++; // the same pack saved again under another name
                    continue;
                }
                records.addComment(cycleId, memberId, sessionId, itemFor(sessionId, c.article()), c.article(), String.valueOf(c.paragraph()),
                        body, "review_pack", importId);
                comments++;
            }
            int suggestions = 0;
            for (ReviewPackReader.Change c : pack.changes()) {
                if (changedSince.contains(c.article())) {
                    notes.add(UserMessage.of("pack.suggestionDropped", c.article(), c.paragraph()));
                    continue;
                }
                if (repository.suggestionExists(memberId, sectionIds.get(c.article()), pack.language(), c.paragraph(), c.before(), c.after())) {
                    repeated++;
                    continue;
                }
                repository.insertSuggestion(importId, memberId, sectionIds.get(c.article()), pack.language(), c.paragraph(),
                        pack.revisions().get(c.article()), c.before(), c.after());
                suggestions++;
            }
            if (repeated > 0) {
                notes.add(UserMessage.of("pack.repeated", repeated));
            }
            if (pack.outsideArticles() > 0) {
                notes.add(UserMessage.of("pack.outsideArticles", pack.outsideArticles()));
            }
            auditLog.record(username, "import", "review_pack", String.valueOf(importId), cycleId, "Review pack " + name + " of "
                    + member.nameZh() + ": " + comments + " comments, " + suggestions + " suggestions");
            return new ImportResult(comments, suggestions, notes, false);
        });
    }

    private Long itemFor(Long sessionId, int article) {
        if (sessionId == null) {
            return null;
        }
        return panel.session(sessionId).agenda().stream().filter(i -> Integer.valueOf(article).equals(i.article()))
                .map(AgendaItem::id).findFirst().orElse(null);
    }

    public List<Suggestion> suggestions(long cycleId) {
        return repository.suggestions(cycleId);
    }

    /** Accepts a suggestion into its section as a new revision; refused if the text moved on since the pack. */
    public Revision accept(long suggestionId, String username) {
        return transactor.inTransaction(() -> {
            Suggestion s = pending(suggestionId);
            long section = repository.sectionOf(suggestionId).orElseThrow();
            Revision current = sections.open(section).text(s.language())
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("pack.cannotPlace", s.sectionKey(), s.paragraph())));
            if (current.number() != s.baseRevisionNo()) {
                throw new WorkbenchException(UserMessage.of("pack.movedOn", s.sectionKey(), s.baseRevisionNo(), current.number()));
            }
            String text = SuggestionApplier.apply(current.body(), s.before(), s.after())
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("pack.cannotPlace", s.sectionKey(), s.paragraph())));
            PanelMember member = panel.member(s.memberId());
            Revision revision = revisions.saveFrom(section, s.language(), text, username, Revision.EDIT,
                    "suggestion of " + member.nameZh() + " from review pack " + s.fileName() + ", paragraph " + s.paragraph()).revision();
            repository.decide(suggestionId, Suggestion.Status.ACCEPTED, revision.id(), users.ensure(username));
            auditLog.record(username, "update", "panel_suggestion", String.valueOf(suggestionId), null,
                    "Suggestion on " + s.sectionKey() + " accepted as revision " + revision.number());
            return revision;
        });
    }

    public void reject(long suggestionId, String username) {
        transactor.run(() -> {
            Suggestion s = pending(suggestionId);
            repository.decide(suggestionId, Suggestion.Status.REJECTED, null, users.ensure(username));
            auditLog.record(username, "update", "panel_suggestion", String.valueOf(suggestionId), null, "Suggestion on " + s.sectionKey() + " rejected");
        });
    }

    private Suggestion pending(long id) {
        Suggestion s = repository.suggestion(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("pack.noSuchSuggestion", id)));
        if (s.status() != Suggestion.Status.PENDING) {
            throw new WorkbenchException(UserMessage.of("pack.alreadyDecided"));
        }
        return s;
    }

    private static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isRegularFile(file) && Files.size(file) <= org.uncacworkbench.markdown.DocxToMarkdown.MAX_FILE_BYTES) {
                try (var in = Files.newInputStream(file)) {
                    in.transferTo(new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), md));
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new WorkbenchException(UserMessage.of("import.corrupt", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }
}
