package org.uncacworkbench.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * Civil society's parallel reports: registered with the organisation, title and the day received, the
 * original file kept in the database and openable again; their points split from the pasted text one per
 * paragraph, each assigned articles (those it cites proposed), and answered by the government.
 * Every change is one transaction and in the audit log.
 */
public final class ParallelReportService {

    /** The largest original kept: as large as any import the workbench reads. */
    public static final long MAX_ORIGINAL_BYTES = 50L * 1024 * 1024;
    public static final int MAX_POINT = 50_000;

    private final Transactor transactor;
    private final ParallelReportRepository reports;
    private final AuditLog auditLog;
    private final Clock clock;

    public ParallelReportService(Transactor transactor, ParallelReportRepository reports, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.reports = reports;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<ParallelReport> reports(long cycleId) {
        return reports.reports(cycleId);
    }

    /** Registers a report, with its original file when one is given (read before anything is written). */
    public ParallelReport register(long cycleId, ParallelReportDraft draft, Path original, String username) {
        ParallelReportDraft d = draft.validate(today());
        byte[] content = original == null ? null : read(original);
        return transactor.inTransaction(() -> {
            long id = reports.insert(cycleId, d);
            if (content != null) {
                reports.setOriginal(id, original.getFileName().toString(), content);
            }
            auditLog.record(username, "create", "parallel_report", String.valueOf(id), cycleId,
                    "Parallel report from " + d.organisationEn() + " received " + d.receivedOn());
            return existing(id);
        });
    }

    public ParallelReport update(long id, int version, ParallelReportDraft draft, String username) {
        ParallelReportDraft d = draft.validate(today());
        return transactor.inTransaction(() -> {
            ParallelReport before = existing(id);
            if (!reports.update(id, version, d)) {
                throw new WorkbenchException(UserMessage.of("review.parallel.changedMeanwhile"));
            }
            auditLog.record(username, "update", "parallel_report", String.valueOf(id), before.cycleId(), "Parallel report from "
                    + d.organisationEn() + " changed");
            return existing(id);
        });
    }

    /** Keeps (or replaces) the report's original file in the database. */
    public ParallelReport attachOriginal(long id, Path file, String username) {
        byte[] content = read(file);
        return transactor.inTransaction(() -> {
            ParallelReport before = existing(id);
            reports.setOriginal(id, file.getFileName().toString(), content);
            auditLog.record(username, "update", "parallel_report", String.valueOf(id), before.cycleId(),
                    "Original " + file.getFileName() + " kept (" + content.length + " bytes)");
            return existing(id);
        });
    }

    /** Writes the kept original into {@code folder} under its own name, to be opened; the file written. */
    public Path writeOriginal(long id, Path folder) {
        ParallelReport r = existing(id);
        byte[] content = reports.original(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.parallel.noOriginal")));
        try {
            Path target = folder.resolve(r.fileName() == null ? "parallel-report-" + id : Path.of(r.fileName()).getFileName().toString());
            Files.write(target, content);
            return target;
        } catch (IOException e) {
            throw new WorkbenchException(UserMessage.of("review.parallel.originalNotWritten", folder.toString()), e);
        }
    }

    /**
     * Splits pasted text into points, one per paragraph (blank lines between; a typed "1." or "(1)" in front
     * is dropped), numbered on from the report's last, each in the language it is written in, with the
     * articles it cites proposed. The points added.
     */
    public List<ParallelReport.Point> split(long reportId, String text, String username) {
        List<String> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("review.parallel.nothingToSplit"));
        }
        for (String p : paragraphs) {
            if (p.length() > MAX_POINT) {
                throw new WorkbenchException(UserMessage.of("review.parallel.pointTooLong", MAX_POINT));
            }
        }
        return transactor.inTransaction(() -> {
            ParallelReport before = existing(reportId);
            List<Long> added = new ArrayList<>();
            for (String p : paragraphs) {
                boolean chinese = Scripts.hasCjk(p);
                long id = reports.insertPoint(reportId, reports.nextPointNumber(reportId), chinese ? null : p, chinese ? p : null);
                reports.setPointArticles(id, ArticleCitations.cited(p));
                added.add(id);
            }
            auditLog.record(username, "create", "parallel_report_point", String.valueOf(reportId), before.cycleId(),
                    added.size() + " points split from the text of the report from " + before.organisationEn());
            return existing(reportId).points().stream().filter(pt -> added.contains(pt.id())).toList();
        });
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String block : text.replace("\r", "").split("\\n\\s*\\n")) {
            String p = block.strip().replaceAll("\\s*\\n\\s*", " ").replaceFirst("^(?:\\(?\\d{1,3}[.)、]|[（(]\\d{1,3}[)）])\\s*", "").strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Changes a point's text and articles ("5, 12-14"; empty: general). */
    public ParallelReport savePoint(long reportId, long pointId, String articles, String textEn, String textZh, String username) {
        String en = textEn == null || textEn.isBlank() ? null : textEn.strip();
        String zh = textZh == null || textZh.isBlank() ? null : textZh.strip();
        if (en == null && zh == null) {
            throw new WorkbenchException(UserMessage.of("review.parallel.pointEmpty"));
        }
        if ((en != null && en.length() > MAX_POINT) || (zh != null && zh.length() > MAX_POINT)) {
            throw new WorkbenchException(UserMessage.of("review.parallel.pointTooLong", MAX_POINT));
        }
        List<Integer> on = ArticleRanges.parse(articles).stream().distinct().sorted().toList();
        return transactor.inTransaction(() -> {
            ParallelReport.Point p = point(reportId, pointId);
            reports.updatePoint(pointId, en, zh);
            reports.setPointArticles(pointId, on);
            ParallelReport r = existing(reportId);
            auditLog.record(username, "update", "parallel_report_point", String.valueOf(p.number()), r.cycleId(),
                    "Point " + p.number() + " of the report from " + r.organisationEn() + " on articles " + on);
            return r;
        });
    }

    /** Records the government's answer to a point (text and agency), or clears it when both are empty. */
    public ParallelReport answer(long reportId, long pointId, Long agencyId, String text, String username) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if ((t == null) != (agencyId == null)) {
            throw new WorkbenchException(UserMessage.of(t == null ? "review.parallel.answerEmpty" : "review.parallel.answerAgencyMissing"));
        }
        if (t != null && t.length() > MAX_POINT) {
            throw new WorkbenchException(UserMessage.of("review.parallel.pointTooLong", MAX_POINT));
        }
        return transactor.inTransaction(() -> {
            ParallelReport.Point p = point(reportId, pointId);
            reports.answer(pointId, agencyId, t, t == null ? null : today());
            ParallelReport r = existing(reportId);
            auditLog.record(username, "update", "parallel_report_point", String.valueOf(p.number()), r.cycleId(),
                    t == null ? "Answer to point " + p.number() + " cleared" : "Government answer to point " + p.number());
            return r;
        });
    }

    public ParallelReport deletePoint(long reportId, long pointId, String username) {
        return transactor.inTransaction(() -> {
            ParallelReport.Point p = point(reportId, pointId);
            reports.deletePoint(pointId);
            ParallelReport r = existing(reportId);
            auditLog.record(username, "delete", "parallel_report_point", String.valueOf(p.number()), r.cycleId(),
                    "Point " + p.number() + " of the report from " + r.organisationEn() + " deleted");
            return r;
        });
    }

    private ParallelReport.Point point(long reportId, long pointId) {
        return existing(reportId).points().stream().filter(p -> p.id() == pointId).findFirst()
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("review.parallel.pointGone")));
    }

    private ParallelReport existing(long id) {
        return reports.byId(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.parallel.gone")));
    }

    private static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new WorkbenchException(UserMessage.of("import.notFound", file.toString()));
            }
            if (Files.size(file) > MAX_ORIGINAL_BYTES) {
                throw new WorkbenchException(UserMessage.of("import.tooLarge", file.toString(), MAX_ORIGINAL_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new WorkbenchException(UserMessage.of("review.parallel.originalUnreadable", file.toString()), e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
