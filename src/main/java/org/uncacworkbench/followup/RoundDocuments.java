package org.uncacworkbench.followup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.cycle.CycleService;
import org.uncacworkbench.export.DocumentSettings;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.review.Observation;

/**
 * What goes out to an agency in a round (its workbook and covering letter) and what comes back (the
 * filled workbook, planned before anything is stored).
 */
public final class RoundDocuments {

    private final CycleService cycles;
    private final FollowupService followup;
    private final Supplier<DocumentSettings> publisher;
    private final RoundWorkbook workbook = new RoundWorkbook();
    private final RoundLetter letter = new RoundLetter();
    private final ProgressImport reader = new ProgressImport();

    public RoundDocuments(CycleService cycles, FollowupService followup, Supplier<DocumentSettings> publisher) {
        this.cycles = cycles;
        this.followup = followup;
        this.publisher = publisher;
    }

    /** The agency's workbook as it will be written: the points it leads or supports still under tracking. */
    public RoundWorkbook.Content content(ReportingRound round, String agencyCode) {
        return content(cycles.cycle(round.cycleId()).orElseThrow(), followup.snapshot(round.cycleId()), round, agencyCode);
    }

    private RoundWorkbook.Content content(Cycle cycle, FollowupSnapshot s, ReportingRound round, String agencyCode) {
        List<Assignment> points = followup.points(s, agencyCode);
        if (points.isEmpty()) {
            throw new WorkbenchException(UserMessage.of("followup.round.agencyHasNoPoints", agencyCode, round.label()));
        }
        AgencyRef agency = points.getFirst().agencies().stream().filter(a -> a.code().equals(agencyCode)).findFirst().orElseThrow();
        Map<Long, Observation> observations = new HashMap<>();
        s.observations().forEach(o -> observations.put(o.id(), o));
        return new RoundWorkbook.Content(cycle, round, agency, points, observations);
    }

    /** Writes the agency's workbook and letter into {@code dir}, notes them as sent, and returns both files. */
    public List<Path> write(ReportingRound round, String agencyCode, Path dir, DocxEngine.Progress progress, String username) {
        return write(round, List.of(agencyCode), dir, progress, username);
    }

    /**
     * Writes the workbook and letter of each agency in {@code agencyCodes} into {@code dir}, from one
     * reading of the cycle's follow-up, noting each as sent; returns the files, two per agency.
     */
    public List<Path> write(ReportingRound round, List<String> agencyCodes, Path dir, DocxEngine.Progress progress, String username) {
        Cycle cycle = cycles.cycle(round.cycleId()).orElseThrow();
        FollowupSnapshot s = followup.snapshot(round.cycleId());
        DocumentSettings settings = publisher.get();
        List<Path> written = new java.util.ArrayList<>();
        for (String code : agencyCodes) {
            RoundWorkbook.Content c = content(cycle, s, round, code);
            Path book = dir.resolve(RoundWorkbook.fileName(round, c.agency()));
            workbook.write(c, book);
            written.add(book);
            written.add(letter.export(c, settings, dir.resolve(RoundLetter.fileName(round, c.agency())), progress));
            followup.markSent(round, code, username);
        }
        return written;
    }

    /** Writes the cycle's follow-up table as a workbook in one language. */
    public Path writeTable(long cycleId, org.uncacworkbench.i18n.Language language, Path target) {
        Cycle cycle = cycles.cycle(cycleId).orElseThrow();
        String title = org.uncacworkbench.i18n.Messages.of(language).format("followup.table.title", cycle.title(language));
        return new FollowupTable().write(followup.snapshot(cycleId), title, language, target);
    }

    /** What importing a returned workbook would store; {@code agencyCode} may be null (taken from the workbook). */
    public ProgressImport.Plan plan(ReportingRound round, String agencyCode, Path file) {
        Cycle cycle = cycles.cycle(round.cycleId()).orElseThrow();
        return reader.plan(cycle, round, agencyCode, followup.snapshot(round.cycleId()), file);
    }
}
