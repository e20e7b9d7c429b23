package org.uncacworkbench.followup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.i18n.Scripts;
import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * The grades a cycle assesses progress on, in order, with their names in both languages: by default
 * the treaty bodies' A largely implemented … E contrary to the recommendation; a cycle may use fewer
 * (A–C, say) or name them its own way.
 */
public record AssessmentScale(List<Step> steps) {

    public static final int MAX_NAME = 100;

    /** One grade of the scale and its names. */
    public record Step(Grade grade, String nameZh, String nameEn) {
    }

    public AssessmentScale {
        steps = List.copyOf(steps);
    }

    /** The treaty bodies' scale, named as the bundles name it. */
    public static AssessmentScale standard() {
        List<Step> out = new ArrayList<>();
        for (Grade g : Grade.values()) {
            out.add(new Step(g, bare(Messages.of(Language.ZH_TW).get(g.key())), bare(Messages.of(Language.EN).get(g.key()))));
        }
        return new AssessmentScale(out);
    }

    /** "A：大致落實" → "大致落實" */
    private static String bare(String named) {
        return named.replaceFirst("^[A-E]\\s*[：:]\\s*", "");
    }

    public List<Grade> grades() {
        return steps.stream().map(Step::grade).toList();
    }

    public boolean contains(Grade grade) {
        return steps.stream().anyMatch(s -> s.grade() == grade);
    }

    public Optional<Step> step(Grade grade) {
        return steps.stream().filter(s -> s.grade() == grade).findFirst();
    }

    /** "A：大致落實" / "A: largely implemented"; a grade the scale no longer has keeps its usual name. */
    public String label(Grade grade, Language language) {
        Step s = step(grade).orElseGet(() -> standard().step(grade).orElseThrow());
        return grade.name() + (language.isChinese() ? "：" + s.nameZh() : ": " + s.nameEn());
    }

    /** The scale trimmed, in the grades' order; throws with the first problem found. */
    public AssessmentScale validate() {
        LinkedHashSet<Grade> seen = new LinkedHashSet<>();
        List<Step> out = new ArrayList<>();
        for (Grade g : Grade.values()) {
            for (Step s : steps) {
                if (s.grade() != g) {
                    continue;
                }
                if (!seen.add(g)) {
                    throw new WorkbenchException(UserMessage.of("followup.scale.twice", g.name()));
                }
                String zh = s.nameZh() == null ? "" : s.nameZh().strip();
                String en = s.nameEn() == null ? "" : s.nameEn().strip();
                if (zh.isEmpty() || en.isEmpty()) {
                    throw new WorkbenchException(UserMessage.of("followup.scale.noName", g.name()));
                }
                if (zh.length() > MAX_NAME || en.length() > MAX_NAME) {
                    throw new WorkbenchException(UserMessage.of("followup.scale.tooLong", g.name(), MAX_NAME));
                }
                if (Scripts.hasCjk(en)) {
                    throw new WorkbenchException(UserMessage.of("followup.scale.englishNotEnglish", g.name()));
                }
                out.add(new Step(g, zh, en));
            }
        }
        if (out.size() < 2) {
            throw new WorkbenchException(UserMessage.of("followup.scale.tooFew"));
        }
        return new AssessmentScale(out);
    }
}
