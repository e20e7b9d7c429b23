package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.Audience;
import org.uncacworkbench.export.DocxEngine;

/** Concluding observations: drafted in closed session, adopted as a set, changed afterwards only with a reason and a kept version. */
class ObservationServiceTest {

    @TempDir
    Path dir;
    App app;
    long cycle2;
    long cycle3;
    long finding;
    long recommendation;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemoBeforeReview(dir.resolve("data"), 3);
        cycle2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        cycle3 = app.cycles().cycleByNumber(3).orElseThrow().id();
        List<ObservationGroup> kinds = app.observations().groups(cycle3);
        finding = kinds.stream().filter(k -> k.code().equals("finding")).findFirst().orElseThrow().id();
        recommendation = kinds.stream().filter(k -> k.code().equals("recommendation")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private int drafts(long cycle) {
        return (int) app.observations().withDrafts(cycle).stream().filter(Observation::draft).count();
    }

    @Test
    void theSecondCyclesAdoptedObservationsAreReadWithTheirKindsAndArticles() {
        List<Observation> all = app.observations().adopted(cycle2);
        assertThat(all).hasSizeGreaterThanOrEqualTo(25).allSatisfy(o -> assertThat(o.adopted()).isTrue());
        assertThat(all.getFirst().number()).isEqualTo(1);
        assertThat(all.get(1).articles()).containsExactly(5, 6);
        assertThat(all.get(2).group().nameEn()).isEqualTo("Best practice");
        assertThat(all.getFirst().citation(org.uncacworkbench.i18n.Language.ZH_TW)).isEqualTo("【第1點】");
    }

    @Test
    void aDraftIsSeenOnlyWithTheClosedSessionUntilTheSetIsAdoptedThenChangesOnlyWithAReason() {
        Observation a = app.observations().add(cycle3, new ObservationDraft(finding, "5", "Indicators should measure outcomes (A. 5).", null), "lin");
        Observation b = app.observations().add(cycle3, new ObservationDraft(recommendation, "13", "Consult society earlier (Art. 13).",
                "應及早諮詢社會（第13條）。"), "lin");
        assertThat(a.number()).isEqualTo(1);
        assertThat(b.number()).isEqualTo(2);
        assertThat(app.observations().adopted(cycle3)).isEmpty();
        assertThat(app.observations().withDrafts(cycle3)).hasSize(2);

        // a draft changes freely; the Chinese falls behind when only the English changes
        b = app.observations().update(b.id(), b.version(), new ObservationDraft(recommendation, "13", "Consult civil society earlier (Art. 13).",
                b.textZh()), null, "lin");
        assertThat(b.zhBehind()).isTrue();
        b = app.observations().translationChecked(b.id(), b.version(), "lin");
        assertThat(b.zhBehind()).isFalse();

        assertThat(TestWorkbench.refusal(() -> app.observations().adopt(cycle3, app.observations().today().plusDays(1), "lin")))
                .isEqualTo("review.observation.adoptedInFuture");
        assertThat(app.observations().adopt(cycle3, LocalDate.of(2026, 11, 20), "chen")).isEqualTo(2);
        assertThat(app.observations().adopted(cycle3)).extracting(Observation::adoptedBy).containsOnly("chen");
        assertThat(TestWorkbench.refusal(() -> app.observations().adopt(cycle3, LocalDate.of(2026, 11, 20), "chen")))
                .isEqualTo("review.observation.noDrafts");

        // after adoption: filling in the missing translation needs no reason, changing the text does
        Observation first = app.observations().adopted(cycle3).getFirst();
        first = app.observations().update(first.id(), first.version(), new ObservationDraft(finding, "5", first.textEn(), "指標應衡量成果（第5條）。"),
                null, "lin");
        assertThat(app.observations().versions(first.id())).isEmpty();
        Observation adopted = first;
        assertThat(TestWorkbench.refusal(() -> app.observations().update(adopted.id(), adopted.version(),
                new ObservationDraft(finding, "5, 9", "Indicators should measure outcomes (A. 5, 9).", adopted.textZh()), " ", "lin")))
                .isEqualTo("review.observation.reasonMissing");
        Observation changed = app.observations().update(adopted.id(), adopted.version(),
                new ObservationDraft(finding, "5, 9", "Indicators should measure outcomes (A. 5, 9).", adopted.textZh()), "Erratum of 25 Nov", "lin");
        assertThat(changed.articles()).containsExactly(5, 9);
        assertThat(changed.zhBehind()).isTrue();
        assertThat(app.observations().versions(changed.id())).singleElement().satisfies(v -> {
            assertThat(v.textEn()).isEqualTo("Indicators should measure outcomes (A. 5).");
            assertThat(v.articles()).containsExactly(5);
            assertThat(v.reason()).isEqualTo("Erratum of 25 Nov");
            assertThat(v.replacedBy()).isEqualTo("lin");
        });
        assertThat(TestWorkbench.refusal(() -> app.observations().deleteDraft(changed.id(), changed.version(), "lin")))
                .isEqualTo("review.observation.adoptedStays");
        // an edit made on what someone else has since changed is refused
        assertThat(TestWorkbench.refusal(() -> app.observations().update(adopted.id(), adopted.version(),
                new ObservationDraft(finding, "5", "Other text.", null), "why", "lin"))).isEqualTo("review.observation.changedMeanwhile");
    }

    @Test
    void whatIsWrongIsRefusedAndNothingChanges() {
        assertThat(TestWorkbench.refusal(() -> app.observations().add(cycle3, new ObservationDraft(finding, "5", " ", null), "lin")))
                .isEqualTo("review.observation.englishMissing");
        assertThat(TestWorkbench.refusal(() -> app.observations().add(cycle3, new ObservationDraft(finding, "5", "政府應", null), "lin")))
                .isEqualTo("review.observation.englishNotEnglish");
        assertThat(TestWorkbench.refusal(() -> app.observations().add(cycle3, new ObservationDraft(finding, "5, 99", "Text.", null), "lin")))
                .isEqualTo("request.badArticle");
        assertThat(TestWorkbench.refusal(() -> app.observations().add(cycle3, new ObservationDraft(-4L, "5", "Text.", null), "lin")))
                .isEqualTo("review.observation.noSuchKind");
        assertThat(app.observations().withDrafts(cycle3)).isEmpty();
        assertThat(app.observations().add(cycle3, new ObservationDraft(finding, "13, 5, 5-6", "Text.", null), "lin").articles())
                .as("an article typed twice is named once").containsExactly(5, 6, 13);
    }

    @Test
    void aRevisedDocumentIsShownAsAddedChangedAndRemovedAndAppliedOnlyWhole() throws Exception {
        Path first;
        try (var d = new ObservationImportTest.Doc()) {
            first = d.heading("Main findings and observations").para("1. Outcomes are not measured (A. 5).")
                    .para("2. Consultation is late (Art. 13).")
                    .heading("Challenges to implementation and recommendations").para("3. Verify asset declarations (A. 8).")
                    .save(dir.resolve("v1.docx"));
        }
        List<ObservationService.Planned> plan = app.observations().plan(cycle3, first);
        assertThat(plan).extracting(ObservationService.Planned::change).containsOnly(ObservationService.Change.ADDED);
        assertThat(app.observations().apply(cycle3, plan, null, "lin")).isEqualTo(3);
        assertThat(app.observations().withDrafts(cycle3)).extracting(o -> o.group().code())
                .containsExactly("finding", "finding", "recommendation");

        Path revised;
        try (var d = new ObservationImportTest.Doc()) {
            revised = d.heading("Main findings and observations").para("1. Outcomes are not measured (A. 5).")
                    .heading("Challenges to implementation and recommendations").para("3. Verify asset declarations every year (A. 8).")
                    .para("4. Protect whistle-blowers (A. 33).")
                    .save(dir.resolve("v2.docx"));
        }
        plan = app.observations().plan(cycle3, revised);
        assertThat(plan).extracting(ObservationService.Planned::number, ObservationService.Planned::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ObservationService.Change.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple(2, ObservationService.Change.REMOVED),
                org.assertj.core.groups.Tuple.tuple(3, ObservationService.Change.CHANGED),
                org.assertj.core.groups.Tuple.tuple(4, ObservationService.Change.ADDED));
        assertThat(app.observations().withDrafts(cycle3)).hasSize(3); // a plan saves nothing
        assertThat(app.observations().apply(cycle3, plan, null, "lin")).isEqualTo(3);
        assertThat(app.observations().withDrafts(cycle3)).extracting(Observation::number).containsExactly(1, 3, 4);

        // once adopted, a document that drops a point is refused whole
        app.observations().adopt(cycle3, LocalDate.of(2026, 11, 20), "chen");
        List<ObservationService.Planned> dropping = app.observations().plan(cycle3, first);
        assertThat(TestWorkbench.refusal(() -> app.observations().apply(cycle3, dropping, "the committee's revision", "lin")))
                .isEqualTo("review.observation.adoptedStays");
        assertThat(app.observations().withDrafts(cycle3)).extracting(Observation::number).containsExactly(1, 3, 4);
        assertThat(app.observations().withDrafts(cycle3).get(1).textEn()).isEqualTo("Verify asset declarations every year (A. 8).");
    }

    @Test
    void theChineseTranslationIsMatchedByNumber() throws Exception {
        app.observations().add(cycle3, new ObservationDraft(finding, "5", "Outcomes are not measured (A. 5).", null), "lin");
        app.observations().add(cycle3, new ObservationDraft(finding, "13", "Consultation is late (Art. 13).", null), "lin");
        Path zh;
        try (var d = new ObservationImportTest.Doc()) {
            zh = d.heading("主要發現及意見").para("1. 未衡量成果（第5條）。").para("2、諮詢過晚（第13條）。").para("7. 不存在之點（第8條）。")
                    .save(dir.resolve("zh.docx"));
        }
        List<ObservationService.Translation> matched = app.observations().planTranslation(cycle3, zh);
        assertThat(matched).hasSize(3);
        assertThat(matched.get(2).point()).isNull();
        assertThat(app.observations().applyTranslation(matched, null, "lin")).isEqualTo(2);
        assertThat(app.observations().withDrafts(cycle3)).extracting(Observation::textZh).containsExactly("未衡量成果（第5條）。", "諮詢過晚（第13條）。");
    }

    @Test
    void theDocumentForOthersHoldsOnlyAdoptedPointsAndTheSecretariatsMarksTheDrafts() throws Exception {
        app.observations().add(cycle2, new ObservationDraft(finding(cycle2), "5", "A draft point of the closed session ZZDRAFTZZ.", null), "lin");
        Path publicEn = app.observationsDocument().export(cycle2, ObservationsDocument.Edition.EN, Audience.PUBLIC, dir.resolve("en.docx"),
                DocxEngine.Progress.NONE);
        Path both = app.observationsDocument().export(cycle2, ObservationsDocument.Edition.BOTH, Audience.PUBLIC, dir.resolve("both.docx"),
                DocxEngine.Progress.NONE);
        Path secretariat = app.observationsDocument().export(cycle2, ObservationsDocument.Edition.ZH, Audience.SECRETARIAT,
                dir.resolve("sec.docx"), DocxEngine.Progress.NONE);
        assertThat(body(publicEn)).contains("para. 1").contains("Best practice").doesNotContain("ZZDRAFTZZ");
        assertThat(body(both)).contains("【第1點】").contains("para. 1").contains("<w:tbl>").doesNotContain("ZZDRAFTZZ");
        assertThat(body(secretariat)).contains("ZZDRAFTZZ").contains("〔草案〕").contains("【第1點】");
        assertThat(TestWorkbench.refusal(() -> app.observationsDocument().export(cycle3, ObservationsDocument.Edition.EN, Audience.PUBLIC,
                dir.resolve("none.docx"), DocxEngine.Progress.NONE))).isEqualTo("review.observation.export.none".replace("none", "noneAdopted"));
        assertThat(dir.resolve("none.docx")).doesNotExist();
    }

    private long finding(long cycle) {
        return app.observations().groups(cycle).stream().filter(k -> k.code().equals("finding")).findFirst().orElseThrow().id();
    }

    private static String body(Path docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    zip.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no body");
    }
}
