package org.uncacworkbench.drafting;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;
import org.uncacworkbench.user.UserRepository;

/** The English edition against the Chinese it translates: stale or in sync, paragraph by paragraph. */
public final class TranslationService {

    /** A section whose English is behind, for the report-wide list. */
    public record Behind(SectionSummary section, TranslationState state) {
    }

    private final Transactor transactor;
    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final TranslationRepository syncs;
    private final UserRepository users;
    private final AuditLog auditLog;

    public TranslationService(Transactor transactor, SectionRepository sections, RevisionRepository revisions,
                              TranslationRepository syncs, UserRepository users, AuditLog auditLog) {
        this.transactor = transactor;
        this.sections = sections;
        this.revisions = revisions;
        this.syncs = syncs;
        this.users = users;
        this.auditLog = auditLog;
    }

    public TranslationState state(long sectionId) {
        Optional<Revision> zh = revisions.current(sectionId, Language.ZH_TW);
        Optional<Revision> en = revisions.current(sectionId, Language.EN);
        Optional<TranslationRepository.LastSync> last = syncs.last(sectionId);
        Integer syncedNo = last.map(TranslationRepository.LastSync::zhRevisionNo).orElse(null);
        var syncedAt = last.map(TranslationRepository.LastSync::at).orElse(null);
        if (zh.isEmpty()) {
            return new TranslationState(TranslationState.Status.NO_CHINESE, List.of(), 0, syncedNo, syncedAt);
        }
        if (en.isEmpty()) {
            return new TranslationState(TranslationState.Status.NO_ENGLISH, List.of(), 0, syncedNo, syncedAt);
        }
        if (last.isEmpty()) {
            return new TranslationState(TranslationState.Status.NEVER_SYNCED, List.of(), 0, null, null);
        }
        if (last.get().zhRevisionId() == zh.get().id() || last.get().zhBody().equals(zh.get().body())) {
            return new TranslationState(TranslationState.Status.UP_TO_DATE, List.of(), 0, syncedNo, syncedAt);
        }
        List<String> before = TextDiff.paragraphs(last.get().zhBody());
        List<String> now = TextDiff.paragraphs(zh.get().body());
        List<Integer> changed = new ArrayList<>();
        int removed = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(before, now).getDeltas()) {
            for (int i = 0; i < d.getTarget().size(); i++) {
                changed.add(d.getTarget().getPosition() + i + 1);
            }
            removed += Math.max(0, d.getSource().size() - d.getTarget().size());
        }
        return new TranslationState(TranslationState.Status.STALE, changed, removed, syncedNo, syncedAt);
    }

    /** Records that the current English translates the current Chinese. */
    public TranslationState markInSync(long sectionId, String username) {
        return transactor.inTransaction(() -> {
            Section section = sections.section(sectionId)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("drafting.noSuchSection", sectionId)));
            Revision zh = revisions.current(sectionId, Language.ZH_TW)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("translation.needsBoth")));
            Revision en = revisions.current(sectionId, Language.EN)
                    .orElseThrow(() -> new WorkbenchException(UserMessage.of("translation.needsBoth")));
            syncs.record(sectionId, zh.id(), en.id(), users.ensure(username));
            auditLog.record(username, "update", "report_section", section.key(), section.cycleId(),
                    "English of " + section.key() + " marked in sync with Chinese revision " + zh.number());
            return state(sectionId);
        });
    }

    /**
     * The keys of a cycle's sections whose English is behind (as {@link TranslationState#isBehind()}
     * says), from one query: bodies are read only where the Chinese moved since the last sync.
     */
    public java.util.Set<String> behindKeys(long cycleId) {
        return transactor.inTransaction(() -> {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            for (TranslationRepository.Pointers p : syncs.pointers(cycleId)) {
                if (p.zhRevisionId() == null) {
                    continue; // nothing to translate yet
                }
                if (p.enRevisionId() == null || p.syncedZhRevisionId() == null) {
                    out.add(p.sectionKey()); // no English, or never synced
                } else if (!p.syncedZhRevisionId().equals(p.zhRevisionId())) {
                    String synced = revisions.byId(p.syncedZhRevisionId()).map(Revision::body).orElse("");
                    String now = revisions.byId(p.zhRevisionId()).map(Revision::body).orElse("");
                    if (!synced.equals(now)) {
                        out.add(p.sectionKey());
                    }
                }
            }
            return out;
        });
    }

    /** Every section of a cycle whose English is behind its Chinese, in report order. */
    public List<Behind> behind(long cycleId) {
        return transactor.inTransaction(() -> {
            List<Behind> out = new ArrayList<>();
            for (SectionSummary s : sections.summaries(cycleId)) {
                if (s.applicability() == Applicability.APPLICABLE) {
                    long id = sections.idOf(cycleId, s.key()).orElseThrow();
                    TranslationState state = state(id);
                    if (state.isBehind()) {
                        out.add(new Behind(s, state));
                    }
                }
            }
            return out;
        });
    }
}
