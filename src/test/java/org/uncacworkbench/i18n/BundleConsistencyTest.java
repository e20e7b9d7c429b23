package org.uncacworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.uncacworkbench.cycle.Phase;
import org.uncacworkbench.drafting.Applicability;
import org.uncacworkbench.drafting.SectionStatus;

/** Both languages say everything, and nothing in the bundles is dead. */
class BundleConsistencyTest {

    private static final Path RESOURCES = Path.of("src/main/resources/i18n");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void bothLanguagesHaveTheSameKeysAndNoEmptyText(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh_TW.properties");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties p : new Properties[] {en, zh}) {
            p.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        }
    }

    @Test
    void everyPatternParsesAndTakesTheSameArgumentsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_TW.properties");
        for (String key : en.stringPropertyNames()) {
            int enArgs = new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex().length;
            int zhArgs = new MessageFormat(zh.getProperty(key)).getFormatsByArgumentIndex().length;
            assertThat(zhArgs).as(key).isEqualTo(enArgs);
        }
    }

    @Test
    void theSearchWithoutResultsNamesWhatWasSearchedFor() {
        // the window passes only the query; a pattern reading {1} showed a bare "{1}"
        assertThat(Messages.of(Language.EN).format("search.none", "bribery")).isEqualTo("No section contains \"bribery\".");
        assertThat(Messages.of(Language.ZH_TW).format("search.none", "賄賂")).isEqualTo("沒有章節含有「賄賂」。");
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Properties en = load("messages.properties");
        String source = allMainSource();
        Set<String> dynamic = new HashSet<>();
        for (Phase p : Phase.values()) {
            dynamic.add(p.messageKey());
        }
        for (SectionStatus s : SectionStatus.values()) {
            dynamic.add(s.messageKey());
        }
        for (Applicability a : Applicability.values()) {
            dynamic.add(a.messageKey());
        }
        for (String key : new String[] {"INTRODUCTION", "METHODOLOGY", "PREVIOUS_OBSERVATIONS"}) {
            dynamic.add("section." + key);
        }
        for (var state : org.uncacworkbench.drafting.TranslationState.Status.values()) {
            dynamic.add("translation." + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var status : org.uncacworkbench.requests.RequestStatus.values()) {
            dynamic.add(status.messageKey());
        }
        for (var kind : org.uncacworkbench.review.MeetingSession.Kind.values()) {
            dynamic.add(kind.messageKey());
        }
        for (var flag : org.uncacworkbench.review.ObservationImport.Flag.values()) {
            dynamic.add(flag.messageKey());
        }
        for (var status : org.uncacworkbench.review.QuestionStatus.values()) {
            dynamic.add(status.messageKey());
        }
        java.util.stream.Stream.of(org.uncacworkbench.followup.ControlLevel.values()).forEach(x -> dynamic.add(x.key()));
        java.util.stream.Stream.of(org.uncacworkbench.followup.OwnStatus.values()).forEach(x -> dynamic.add(x.key()));
        java.util.stream.Stream.of(org.uncacworkbench.followup.DecisionKind.values()).forEach(x -> dynamic.add(x.key()));
        java.util.stream.Stream.of(org.uncacworkbench.followup.Grade.values()).forEach(x -> dynamic.add(x.key()));
        java.util.stream.Stream.of(org.uncacworkbench.followup.FollowupSnapshot.Tracking.values()).forEach(x -> dynamic.add(x.key()));
        java.util.stream.Stream.of(org.uncacworkbench.followup.ReportingRound.Urgency.values()).forEach(x -> dynamic.add(x.key()));
        java.util.stream.Stream.of(org.uncacworkbench.followup.ObservationLink.Kind.values()).forEach(x -> {
            dynamic.add(x.key());
            for (boolean later : new boolean[] {false, true}) {
                dynamic.add(new org.uncacworkbench.views.dossier.ArticleDossier.Link(later, x.code(), 1, 1, "", "").key());
            }
        });
        for (String origin : new String[] {"edit", "restore", "import", "merge", "sample"}) {
            dynamic.add("revisionSource." + origin);
        }
        for (var kind : org.uncacworkbench.panel.ItemKind.values()) {
            dynamic.add("minutes.part." + kind.code());
        }
        for (var status : org.uncacworkbench.panel.ActionItem.Status.values()) {
            dynamic.add("minutes.actionStatus." + status.code());
        }
        for (var kind : org.uncacworkbench.panel.RulingKind.values()) {
            dynamic.add("minutes.ruling." + kind.code());
        }
        for (var kind : org.uncacworkbench.panel.SessionKind.values()) {
            dynamic.add("panel.kind." + kind.code());
        }
        for (var status : org.uncacworkbench.panel.SessionStatus.values()) {
            dynamic.add("panel.sessionStatus." + status.code());
        }
        for (var kind : org.uncacworkbench.panel.ItemKind.values()) {
            dynamic.add("panel.itemKind." + kind.code());
        }
        for (var status : org.uncacworkbench.panel.AttendanceStatus.values()) {
            dynamic.add("panel.attendance." + status.code());
        }
        for (var reason : org.uncacworkbench.panel.ChairRotation.Reason.values()) {
            dynamic.add("panel.exclusion." + reason.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (var kind : org.uncacworkbench.panel.ActionItem.Kind.values()) {
            dynamic.add("panel.actionKind." + kind.code());
        }
        for (var status : org.uncacworkbench.panel.ActionItem.Status.values()) {
            dynamic.add("panel.actionStatus." + status.code());
        }
        for (var status : org.uncacworkbench.panel.Suggestion.Status.values()) {
            dynamic.add("pack.status." + status.code());
        }
        for (var sector : org.uncacworkbench.panel.Sector.values()) {
            dynamic.add("panel.sector." + sector.code());
        }
        for (var language : Language.values()) {
            dynamic.add("editor.finalMissing." + language.shortCode());
        }
        for (var kind : org.uncacworkbench.panel.MissingEnglish.Kind.values()) {
            dynamic.add("minutes.missing." + kind.code());
        }
        for (var kind : java.util.List.of("item_title", "item_explanation", "comment", "ruling")) {
            dynamic.add("minutes.missing." + kind + ".item"); // texts on an agenda item name it
        }
        assertThat(en.stringPropertyNames()).as("every enum value has a name").containsAll(dynamic);

        Set<String> unused = new HashSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!dynamic.contains(key) && !source.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();

        Set<String> prefixes = new HashSet<>();
        en.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
        Matcher m = Pattern.compile("\"([a-z][A-Za-z]*\\.[A-Za-z.]+)\"").matcher(source);
        Set<String> missing = new HashSet<>();
        while (m.find()) {
            String candidate = m.group(1);
            boolean looksLikeKey = prefixes.stream().anyMatch(candidate::startsWith) && !candidate.endsWith(".csv") && !candidate.endsWith(".")
                    && !candidate.endsWith(".md") && !candidate.endsWith(".properties") && !candidate.endsWith(".version")
                    && !candidate.startsWith("window.") && !candidate.equals("cycle.last");
            if (looksLikeKey && !en.containsKey(candidate)) {
                missing.add(candidate);
            }
        }
        assertThat(missing).as("keys used in code but absent from the bundle").isEmpty();
    }

    private static String allMainSource() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
