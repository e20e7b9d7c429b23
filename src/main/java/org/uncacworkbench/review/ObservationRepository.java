package org.uncacworkbench.review;

import static org.uncacworkbench.storage.jooq.Tables.CONCLUDING_OBSERVATION;
import static org.uncacworkbench.storage.jooq.Tables.OBSERVATION_ARTICLE;
import static org.uncacworkbench.storage.jooq.Tables.OBSERVATION_KIND;
import static org.uncacworkbench.storage.jooq.Tables.OBSERVATION_THEME;
import static org.uncacworkbench.storage.jooq.Tables.OBSERVATION_VERSION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.uncacworkbench.convention.ArticleRanges;
import org.uncacworkbench.storage.Database;

/** Concluding observations, their articles and the earlier versions of adopted ones. */
public final class ObservationRepository {

    private final Database database;

    public ObservationRepository(Database database) {
        this.database = database;
    }

    /** The cycle's kinds, then its themes, in the order they were set up. */
    List<ObservationGroup> groups(long cycleId) {
        List<ObservationGroup> out = new ArrayList<>(database.dsl().selectFrom(OBSERVATION_KIND).where(OBSERVATION_KIND.CYCLE_ID.eq(cycleId))
                .orderBy(OBSERVATION_KIND.ID).fetch(r -> new ObservationGroup(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(), false)));
        out.addAll(database.dsl().selectFrom(OBSERVATION_THEME).where(OBSERVATION_THEME.CYCLE_ID.eq(cycleId))
                .orderBy(OBSERVATION_THEME.ID).fetch(r -> new ObservationGroup(r.getId(), r.getCode(), r.getNameZh(), r.getNameEn(), true)));
        return out;
    }

    /** A cycle's observations by number, with the closed session's drafts only when asked for; two queries. */
    List<Observation> observations(long cycleId, boolean withDrafts) {
        Condition which = CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId);
        return read(withDrafts ? which : which.and(CONCLUDING_OBSERVATION.STATUS.eq("adopted")), cycleId);
    }

    Optional<Observation> byId(long id) {
        Long cycle = database.dsl().select(CONCLUDING_OBSERVATION.CYCLE_ID).from(CONCLUDING_OBSERVATION)
                .where(CONCLUDING_OBSERVATION.ID.eq(id)).fetchOne(CONCLUDING_OBSERVATION.CYCLE_ID);
        return cycle == null ? Optional.empty() : read(CONCLUDING_OBSERVATION.ID.eq(id), cycle).stream().findFirst();
    }

    private List<Observation> read(Condition which, long cycleId) {
        Map<Long, ObservationGroup> kinds = new HashMap<>();
        Map<Long, ObservationGroup> themes = new HashMap<>();
        groups(cycleId).forEach(g -> (g.theme() ? themes : kinds).put(g.id(), g));
        Map<Long, List<Integer>> articles = new HashMap<>();
        database.dsl().select(OBSERVATION_ARTICLE.OBSERVATION_ID, OBSERVATION_ARTICLE.ARTICLE_NUMBER).from(OBSERVATION_ARTICLE)
                .join(CONCLUDING_OBSERVATION).on(CONCLUDING_OBSERVATION.ID.eq(OBSERVATION_ARTICLE.OBSERVATION_ID))
                .where(which).orderBy(OBSERVATION_ARTICLE.ARTICLE_NUMBER)
                .forEach(r -> articles.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return database.dsl().selectFrom(CONCLUDING_OBSERVATION).where(which).orderBy(CONCLUDING_OBSERVATION.NUMBER).fetch(r -> {
            ObservationGroup group = r.getKindId() != null ? kinds.get(r.getKindId()) : r.getThemeId() != null ? themes.get(r.getThemeId()) : null;
            return new Observation(r.getId(), r.getCycleId(), r.getNumber(), group, articles.getOrDefault(r.getId(), List.of()), r.getTextEn(),
                    r.getTextZh(), "draft".equals(r.getStatus()), r.getAdoptedOn(), r.getAdoptedBy(), Boolean.TRUE.equals(r.getZhBehind()),
                    r.getVersion());
        });
    }

    int nextNumber(long cycleId) {
        Integer max = database.dsl().select(org.jooq.impl.DSL.max(CONCLUDING_OBSERVATION.NUMBER)).from(CONCLUDING_OBSERVATION)
                .where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId)).fetchOne().value1();
        return max == null ? 1 : max + 1;
    }

    long insert(long cycleId, int number, ObservationGroup group, ObservationDraft d) {
        return database.dsl().insertInto(CONCLUDING_OBSERVATION).set(CONCLUDING_OBSERVATION.CYCLE_ID, cycleId)
                .set(CONCLUDING_OBSERVATION.NUMBER, number)
                .set(CONCLUDING_OBSERVATION.KIND_ID, group == null || group.theme() ? null : group.id())
                .set(CONCLUDING_OBSERVATION.THEME_ID, group != null && group.theme() ? group.id() : null)
                .set(CONCLUDING_OBSERVATION.TEXT_EN, d.textEn()).set(CONCLUDING_OBSERVATION.TEXT_ZH, d.textZh())
                .returning(CONCLUDING_OBSERVATION.ID).fetchOne().getId();
    }

    /** Replaces the point's content if it is still at {@code version}; false if someone changed it meanwhile. */
    boolean update(long id, int version, ObservationGroup group, ObservationDraft d, boolean zhBehind) {
        return database.dsl().update(CONCLUDING_OBSERVATION)
                .set(CONCLUDING_OBSERVATION.KIND_ID, group == null || group.theme() ? null : group.id())
                .set(CONCLUDING_OBSERVATION.THEME_ID, group != null && group.theme() ? group.id() : null)
                .set(CONCLUDING_OBSERVATION.TEXT_EN, d.textEn()).set(CONCLUDING_OBSERVATION.TEXT_ZH, d.textZh())
                .set(CONCLUDING_OBSERVATION.ZH_BEHIND, zhBehind)
                .set(CONCLUDING_OBSERVATION.VERSION, CONCLUDING_OBSERVATION.VERSION.plus(1))
                .where(CONCLUDING_OBSERVATION.ID.eq(id)).and(CONCLUDING_OBSERVATION.VERSION.eq(version)).execute() == 1;
    }

    void setArticles(long id, List<Integer> articles) {
        database.dsl().deleteFrom(OBSERVATION_ARTICLE).where(OBSERVATION_ARTICLE.OBSERVATION_ID.eq(id)).execute();
        for (int a : articles) {
            database.dsl().insertInto(OBSERVATION_ARTICLE).set(OBSERVATION_ARTICLE.OBSERVATION_ID, id)
                    .set(OBSERVATION_ARTICLE.ARTICLE_NUMBER, a).execute();
        }
    }

    boolean deleteDraft(long id, int version) {
        return database.dsl().deleteFrom(CONCLUDING_OBSERVATION).where(CONCLUDING_OBSERVATION.ID.eq(id))
                .and(CONCLUDING_OBSERVATION.VERSION.eq(version)).and(CONCLUDING_OBSERVATION.STATUS.eq("draft")).execute() == 1;
    }

    /** Adopts every draft of the cycle; how many. */
    int adoptDrafts(long cycleId, LocalDate on, String by) {
        return database.dsl().update(CONCLUDING_OBSERVATION).set(CONCLUDING_OBSERVATION.STATUS, "adopted")
                .set(CONCLUDING_OBSERVATION.ADOPTED_ON, on).set(CONCLUDING_OBSERVATION.ADOPTED_BY, by)
                .set(CONCLUDING_OBSERVATION.VERSION, CONCLUDING_OBSERVATION.VERSION.plus(1))
                .where(CONCLUDING_OBSERVATION.CYCLE_ID.eq(cycleId)).and(CONCLUDING_OBSERVATION.STATUS.eq("draft")).execute();
    }

    /** Keeps the point as it was before a change, with who changed it and why. */
    void keepVersion(Observation before, LocalDateTime at, String by, String reason) {
        database.dsl().insertInto(OBSERVATION_VERSION).set(OBSERVATION_VERSION.OBSERVATION_ID, before.id())
                .set(OBSERVATION_VERSION.VERSION, before.version())
                .set(OBSERVATION_VERSION.KIND_ID, before.group() == null || before.group().theme() ? null : before.group().id())
                .set(OBSERVATION_VERSION.THEME_ID, before.group() != null && before.group().theme() ? before.group().id() : null)
                .set(OBSERVATION_VERSION.ARTICLES, ArticleCitations.format(before.articles()))
                .set(OBSERVATION_VERSION.TEXT_EN, before.textEn()).set(OBSERVATION_VERSION.TEXT_ZH, before.textZh())
                .set(OBSERVATION_VERSION.REPLACED_AT, at).set(OBSERVATION_VERSION.REPLACED_BY, by).set(OBSERVATION_VERSION.REASON, reason)
                .execute();
    }

    /** A point's earlier versions, the newest first. */
    List<Observation.Version> versions(long id) {
        Long cycle = database.dsl().select(CONCLUDING_OBSERVATION.CYCLE_ID).from(CONCLUDING_OBSERVATION)
                .where(CONCLUDING_OBSERVATION.ID.eq(id)).fetchOne(CONCLUDING_OBSERVATION.CYCLE_ID);
        if (cycle == null) {
            return List.of();
        }
        Map<String, ObservationGroup> groups = new HashMap<>();
        groups(cycle).forEach(g -> groups.put((g.theme() ? "t" : "k") + g.id(), g));
        return database.dsl().selectFrom(OBSERVATION_VERSION).where(OBSERVATION_VERSION.OBSERVATION_ID.eq(id))
                .orderBy(OBSERVATION_VERSION.VERSION.desc()).fetch(r -> new Observation.Version(r.getVersion(),
                        r.getKindId() != null ? groups.get("k" + r.getKindId()) : r.getThemeId() != null ? groups.get("t" + r.getThemeId()) : null,
                        r.getArticles().isBlank() ? List.of() : ArticleRanges.parse(r.getArticles()), r.getTextEn(), r.getTextZh(),
                        r.getReplacedAt(), r.getReplacedBy(), r.getReason()));
    }
}
