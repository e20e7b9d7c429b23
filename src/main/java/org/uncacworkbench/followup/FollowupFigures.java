package org.uncacworkbench.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.review.Observation;

/**
 * What the follow-up charts show, counted from a snapshot: adopted points by assessment, by tracking,
 * by lead agency (split by tracking), by Convention chapter; assessed reports by round and grade (the
 * trend); and each indicator's latest value against its target. Each bar keeps the points it counts,
 * so that clicking it can list them.
 */
public record FollowupFigures(Map<Grade, List<Observation>> byGrade, List<Observation> notAssessed,
                              Map<FollowupSnapshot.Tracking, List<Observation>> byTracking,
                              Map<String, Map<FollowupSnapshot.Tracking, List<Observation>>> byLead,
                              Map<Integer, List<Observation>> byChapter, List<Observation> general,
                              Map<String, Map<Grade, Integer>> trend, List<IndicatorFigure> indicators,
                              AssessmentScale scale) {

    /** An indicator's latest reported value against its baseline and target; {@code percent} of the way there, or null. */
    public record IndicatorFigure(int point, String descriptionZh, String descriptionEn, BigDecimal baseline, BigDecimal latest,
                                  BigDecimal target, Integer percent) {
    }

    /** Counts everything at once; {@code articles} gives each article's chapter. */
    public static FollowupFigures of(FollowupSnapshot s, List<Article> articles) {
        Map<Integer, Integer> chapterOf = new java.util.HashMap<>();
        articles.forEach(a -> chapterOf.put(a.number(), a.chapterNumber()));
        Map<Grade, List<Observation>> byGrade = new EnumMap<>(Grade.class);
        List<Observation> notAssessed = new ArrayList<>();
        Map<FollowupSnapshot.Tracking, List<Observation>> byTracking = new EnumMap<>(FollowupSnapshot.Tracking.class);
        Map<String, Map<FollowupSnapshot.Tracking, List<Observation>>> byLead = new TreeMap<>();
        Map<Integer, List<Observation>> byChapter = new TreeMap<>();
        List<Observation> general = new ArrayList<>();
        List<IndicatorFigure> indicators = new ArrayList<>();
        for (FollowupSnapshot.Row r : s.rows()) {
            Observation o = r.observation();
            byTracking.computeIfAbsent(r.tracking(), k -> new ArrayList<>()).add(o);
            java.util.Set<Integer> chapters = new java.util.TreeSet<>();
            o.articles().forEach(a -> {
                if (chapterOf.containsKey(a)) {
                    chapters.add(chapterOf.get(a));
                }
            });
            if (chapters.isEmpty()) {
                general.add(o);
            }
            chapters.forEach(c -> byChapter.computeIfAbsent(c, k -> new ArrayList<>()).add(o));
            if (r.assignment() == null) {
                continue;
            }
            if (r.grade() == null) {
                notAssessed.add(o);
            } else {
                byGrade.computeIfAbsent(r.grade(), k -> new ArrayList<>()).add(o);
            }
            byLead.computeIfAbsent(r.assignment().lead().code(), k -> new EnumMap<>(FollowupSnapshot.Tracking.class))
                    .computeIfAbsent(r.tracking(), k -> new ArrayList<>()).add(o);
            for (Assignment.Indicator i : r.assignment().indicators()) {
                BigDecimal latest = s.reports(r.assignment().id()).stream().filter(p -> p.values().containsKey(i.id()))
                        .reduce((a, b) -> b).map(p -> p.values().get(i.id())).orElse(null);
                indicators.add(new IndicatorFigure(o.number(), i.descriptionZh(), i.descriptionEn(), i.baseline(), latest, i.target(),
                        percent(i.baseline(), latest, i.target())));
            }
        }
        Map<String, Map<Grade, Integer>> trend = new LinkedHashMap<>();
        s.rounds().forEach(round -> trend.put(round.label(), new EnumMap<>(Grade.class)));
        for (ProgressReport p : s.reports()) {
            s.grade(p.id()).ifPresent(g -> trend.computeIfAbsent(p.roundLabel(), k -> new EnumMap<>(Grade.class)).merge(g, 1, Integer::sum));
        }
        return new FollowupFigures(byGrade, notAssessed, byTracking, byLead, byChapter, general, trend, indicators, s.scale());
    }

    /** How far from the baseline to the target the latest value has come, in per cent (0 when no baseline is given). */
    static Integer percent(BigDecimal baseline, BigDecimal latest, BigDecimal target) {
        if (latest == null || target == null) {
            return null;
        }
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal span = target.subtract(from);
        if (span.signum() == 0) {
            return latest.compareTo(target) >= 0 ? 100 : 0;
        }
        return latest.subtract(from).multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.HALF_UP).intValue();
    }
}
