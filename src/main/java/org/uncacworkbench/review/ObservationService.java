package org.uncacworkbench.review;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;
import org.uncacworkbench.storage.AuditLog;
import org.uncacworkbench.storage.Transactor;

/**
 * Concluding observations (結論性意見): drafted in the closed session, where only the reviewers and the
 * secretariat see them, then adopted as a set (the day and who). A change to an adopted point needs a
 * reason and keeps the earlier text as a version. The reviewers' Word document is read into a plan —
 * what it adds, changes and removes — and applied only when confirmed; its Chinese translation is
 * matched by number. Every change is one transaction and in the audit log.
 */
public final class ObservationService {

    private final Transactor transactor;
    private final ObservationRepository observations;
    private final AuditLog auditLog;
    private final Clock clock;

    public ObservationService(Transactor transactor, ObservationRepository observations, AuditLog auditLog, Clock clock) {
        this.transactor = transactor;
        this.observations = observations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The cycle's kinds or themes. */
    public List<ObservationGroup> groups(long cycleId) {
        return observations.groups(cycleId);
    }

    /** Every observation of the cycle, the closed session's drafts included: for the reviewers and the secretariat only. */
    public List<Observation> withDrafts(long cycleId) {
        return observations.observations(cycleId, true);
    }

    /** The adopted observations: what anyone else may read. */
    public List<Observation> adopted(long cycleId) {
        return observations.observations(cycleId, false);
    }

    /** A point's earlier versions, the newest first. */
    public List<Observation.Version> versions(long id) {
        return observations.versions(id);
    }

    /** Adds a draft point with the next number of the cycle. */
    public Observation add(long cycleId, ObservationDraft draft, String username) {
        ObservationDraft d = draft.validate();
        List<Integer> articles = d.articleNumbers();
        return transactor.inTransaction(() -> {
            int number = observations.nextNumber(cycleId);
            long id = observations.insert(cycleId, number, group(cycleId, d.groupId()), d);
            observations.setArticles(id, articles);
            auditLog.record(username, "create", "concluding_observation", String.valueOf(number), cycleId, "Draft observation " + number);
            return observations.byId(id).orElseThrow();
        });
    }

    /**
     * Changes a point as read at {@code version}. An adopted point changes only with a reason, its
     * earlier text kept as a version. The Chinese falls behind when the English changes without it.
     */
    public Observation update(long id, int version, ObservationDraft draft, String reason, String username) {
        ObservationDraft d = draft.validate();
        List<Integer> articles = d.articleNumbers();
        return transactor.inTransaction(() -> {
            Observation before = existing(id);
            change(before, version, d, articles, reason, username);
            return observations.byId(id).orElseThrow();
        });
    }

    private void change(Observation before, int version, ObservationDraft d, List<Integer> articles, String reason, String username) {
        boolean sameText = before.textEn().equals(d.textEn()) && Objects.equals(before.textZh(), d.textZh());
        boolean sameGroup = Objects.equals(before.group() == null ? null : before.group().id(), d.groupId());
        if (sameText && sameGroup && before.articles().equals(articles)) {
            return; // nothing to change
        }
        String why = reason == null ? "" : reason.strip();
        boolean versioned = needsReason(before, d, articles);
        if (versioned) {
            if (why.isEmpty()) {
                throw new WorkbenchException(UserMessage.of("review.observation.reasonMissing", before.number()));
            }
            observations.keepVersion(before, LocalDateTime.now(clock), username, why);
        }
        boolean zhBehind = TranslationState.behindAfter(before.textEn(), before.textZh(), before.zhBehind(), d.textEn(), d.textZh());
        if (!observations.update(before.id(), version, group(before.cycleId(), d.groupId()), d, zhBehind)) {
            throw changedMeanwhile(before);
        }
        observations.setArticles(before.id(), articles);
        auditLog.record(username, "update", "concluding_observation", String.valueOf(before.number()), before.cycleId(),
                "Observation " + before.number() + " changed" + (versioned ? " after adoption: " + why : ""));
    }

    /**
     * Whether saving {@code d} over {@code before} changes what was adopted, and so needs a reason and keeps
     * the earlier text: any change to an adopted point except filling in its missing Chinese translation.
     */
    public static boolean needsReason(Observation before, ObservationDraft d, List<Integer> articles) {
        if (!before.adopted()) {
            return false;
        }
        boolean sameRest = before.textEn().equals(d.textEn()) && before.articles().equals(articles)
                && Objects.equals(before.group() == null ? null : before.group().id(), d.groupId());
        boolean translationAdded = (before.textZh() == null || before.textZh().isBlank()) && sameRest;
        return !translationAdded && !(sameRest && Objects.equals(before.textZh(), d.textZh()));
    }

    /** Says the Chinese translation follows the English as it now is. */
    public Observation translationChecked(long id, int version, String username) {
        return transactor.inTransaction(() -> {
            Observation before = existing(id);
            if (!observations.update(id, version, before.group(), new ObservationDraft(before.group() == null ? null : before.group().id(),
                    ArticleCitations.format(before.articles()), before.textEn(), before.textZh()), false)) {
                throw changedMeanwhile(before);
            }
            auditLog.record(username, "update", "concluding_observation", String.valueOf(before.number()), before.cycleId(),
                    "Chinese translation of observation " + before.number() + " checked against the English");
            return observations.byId(id).orElseThrow();
        });
    }

    /** Deletes a draft point; an adopted one is never deleted. */
    public void deleteDraft(long id, int version, String username) {
        transactor.inTransaction(() -> {
            Observation before = existing(id);
            if (before.adopted()) {
                throw new WorkbenchException(UserMessage.of("review.observation.adoptedStays", before.number()));
            }
            if (!observations.deleteDraft(id, version)) {
                throw changedMeanwhile(before);
            }
            auditLog.record(username, "delete", "concluding_observation", String.valueOf(before.number()), before.cycleId(),
                    "Draft observation " + before.number() + " deleted");
            return null;
        });
    }

    /** Adopts every draft of the cycle on {@code on}: from then on anyone may read them. How many were adopted. */
    public int adopt(long cycleId, LocalDate on, String username) {
        if (on == null) {
            throw new WorkbenchException(UserMessage.of("review.observation.adoptedOnMissing"));
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new WorkbenchException(UserMessage.of("review.observation.adoptedInFuture"));
        }
        return transactor.inTransaction(() -> {
            int count = observations.adoptDrafts(cycleId, on, username);
            if (count == 0) {
                throw new WorkbenchException(UserMessage.of("review.observation.noDrafts"));
            }
            auditLog.record(username, "status_change", "concluding_observation", null, cycleId, count + " observations adopted on " + on);
            return count;
        });
    }

    /** What applying a document would do to one point. */
    public enum Change { ADDED, CHANGED, REMOVED, UNCHANGED }

    /** One line of an import plan: the point as it is (null: new) and as the document has it (null: removed). */
    public record Planned(Change change, int number, Observation before, ObservationImport.Point after) {
    }

    /** Reads the reviewers' English document and compares it with the cycle's points; nothing is saved. */
    public List<Planned> plan(long cycleId, Path file) {
        return plan(withDrafts(cycleId), ObservationImport.read(file, groups(cycleId)));
    }

    static List<Planned> plan(List<Observation> existing, List<ObservationImport.Point> read) {
        Map<Integer, Observation> byNumber = new HashMap<>();
        existing.forEach(o -> byNumber.put(o.number(), o));
        List<Planned> out = new ArrayList<>();
        for (ObservationImport.Point p : read) {
            Observation o = byNumber.remove(p.number());
            if (o == null) {
                out.add(new Planned(Change.ADDED, p.number(), null, p));
            } else {
                boolean same = o.textEn().equals(p.text()) && o.articles().equals(p.articles())
                        && Objects.equals(o.group() == null ? null : o.group().id(), p.group() == null ? null : p.group().id());
                out.add(new Planned(same ? Change.UNCHANGED : Change.CHANGED, p.number(), o, p));
            }
        }
        byNumber.values().stream().sorted(java.util.Comparator.comparingInt(Observation::number))
                .forEach(o -> out.add(new Planned(Change.REMOVED, o.number(), o, null)));
        out.sort(java.util.Comparator.comparingInt(Planned::number));
        return out;
    }

    /**
     * Applies a plan: new points are added as drafts, changed ones changed (an adopted one with the
     * reason given, its earlier text kept), removed drafts deleted. All or nothing: an adopted point the
     * document no longer has, or a point that was changed meanwhile, refuses the whole plan.
     */
    public int apply(long cycleId, List<Planned> plan, String reason, String username) {
        List<ObservationDraft> drafts = new ArrayList<>();
        for (Planned p : plan) {
            ObservationDraft d = p.after() == null ? null : new ObservationDraft(p.after().group() == null ? null : p.after().group().id(),
                    ArticleCitations.format(p.after().articles()), p.after().text(), p.before() == null ? null : p.before().textZh());
            if (d != null) {
                try {
                    d = d.validate();
                } catch (WorkbenchException e) {
                    throw new WorkbenchException(UserMessage.of("review.observation.import.badPoint", p.number(), e.userMessage()), e);
                }
            }
            drafts.add(d);
        }
        return transactor.inTransaction(() -> {
            int changed = 0;
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                ObservationDraft d = drafts.get(i);
                switch (p.change()) {
                    case ADDED -> {
                        long id = observations.insert(cycleId, p.number(), group(cycleId, d.groupId()), d);
                        observations.setArticles(id, d.articleNumbers());
                        changed++;
                    }
                    case CHANGED -> {
                        Observation now = existing(p.before().id());
                        change(now, p.before().version(), d, d.articleNumbers(), reason, username);
                        changed++;
                    }
                    case REMOVED -> {
                        if (p.before().adopted()) {
                            throw new WorkbenchException(UserMessage.of("review.observation.adoptedStays", p.number()));
                        }
                        if (!observations.deleteDraft(p.before().id(), p.before().version())) {
                            throw changedMeanwhile(p.before());
                        }
                        changed++;
                    }
                    case UNCHANGED -> {
                        // nothing to do
                    }
                }
            }
            auditLog.record(username, "import", "concluding_observation", null, cycleId, changed + " observations added, changed or removed from the reviewers' document");
            return changed;
        });
    }

    /** A point of the Chinese translation matched to the cycle's point of its number (null: there is none). */
    public record Translation(ObservationImport.Point read, Observation point) {
    }

    /** Reads the Chinese translation, delivered as its own document, and matches its points by number; nothing is saved. */
    public List<Translation> planTranslation(long cycleId, Path file) {
        Map<Integer, Observation> byNumber = new HashMap<>();
        withDrafts(cycleId).forEach(o -> byNumber.put(o.number(), o));
        return ObservationImport.read(file, groups(cycleId)).stream().map(p -> new Translation(p, byNumber.get(p.number()))).toList();
    }

    /**
     * Sets each matched point's Chinese text; a translation that replaces an adopted point's earlier one
     * needs the reason and keeps the earlier text. Points the cycle does not have are left out. How many changed.
     */
    public int applyTranslation(List<Translation> translations, String reason, String username) {
        return transactor.inTransaction(() -> {
            int changed = 0;
            for (Translation t : translations) {
                if (t.point() == null || t.read().text().equals(t.point().textZh())) {
                    continue;
                }
                Observation now = existing(t.point().id());
                change(now, t.point().version(), new ObservationDraft(now.group() == null ? null : now.group().id(),
                        ArticleCitations.format(now.articles()), now.textEn(), t.read().text()).validate(), now.articles(), reason, username);
                changed++;
            }
            return changed;
        });
    }

    private ObservationGroup group(long cycleId, Long groupId) {
        if (groupId == null) {
            return null;
        }
        return observations.groups(cycleId).stream().filter(g -> g.id() == groupId).findFirst()
                .orElseThrow(() -> new WorkbenchException(UserMessage.of("review.observation.noSuchKind")));
    }

    private Observation existing(long id) {
        return observations.byId(id).orElseThrow(() -> new WorkbenchException(UserMessage.of("review.observation.gone")));
    }

    private static WorkbenchException changedMeanwhile(Observation o) {
        return new WorkbenchException(UserMessage.of("review.observation.changedMeanwhile", o.number()));
    }

    /** Today, as the program's clock has it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
