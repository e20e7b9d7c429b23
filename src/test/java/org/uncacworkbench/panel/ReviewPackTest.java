package org.uncacworkbench.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.drafting.Revision;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/** Review packs made by the workbench, edited as a member would in Word (with POI), and read back. */
class ReviewPackTest {

    static final String A8_ZH = "《公務員廉政倫理規範》於2024年修正，請託關說登錄改以電子系統辦理，並每季公開統計。";

    @TempDir
    Path dir;
    App app;
    long cycle;
    PanelMember lee;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
        lee = app.panel().members(cycle).stream().filter(m -> m.nameZh().equals("李淑芬")).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    Path pack(int cycleNumber) {
        return app.reportExporter().exportReviewPack(cycleNumber, Language.ZH_TW, Set.of(5, 8), dir.resolve("pack-" + cycleNumber + ".docx"),
                DocxEngine.Progress.NONE);
    }

    /** As a member returns it: a comment on A5's second paragraph, 每季 → 每月 as a tracked change in A8. */
    Path returned(Path pack, String name) throws Exception {
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(pack); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph a5p2 = paragraphAfter(doc, "uncac_A5", 2);
            XWPFComment c = doc.createComments().createComment(BigInteger.ZERO);
            c.setAuthor("李淑芬");
            c.createParagraph().createRun().setText("請補充企業誠信面向之具體措施。");
            a5p2.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            a5p2.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
            a5p2.createRun().getCTR().addNewCommentReference().setId(BigInteger.ZERO);

            XWPFParagraph a8p1 = paragraphAfter(doc, "uncac_A8", 1);
            assertThat(a8p1.getText()).isEqualTo(A8_ZH);
            CTP p = a8p1.getCTP();
            while (p.sizeOfRArray() > 0) {
                p.removeR(0);
            }
            p.addNewR().addNewT().setStringValue("《公務員廉政倫理規範》於2024年修正，請託關說登錄改以電子系統辦理，並");
            CTRunTrackChange del = p.addNewDel();
            del.setId(BigInteger.valueOf(11));
            del.setAuthor("李淑芬");
            del.addNewR().addNewDelText().setStringValue("每季");
            CTRunTrackChange ins = p.addNewIns();
            ins.setId(BigInteger.valueOf(12));
            ins.setAuthor("李淑芬");
            ins.addNewR().addNewT().setStringValue("每月");
            p.addNewR().addNewT().setStringValue("公開統計。");
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        }
        return out;
    }

    static XWPFParagraph paragraphAfter(XWPFDocument doc, String bookmark, int n) {
        boolean in = false;
        int count = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                if (p.getCTP().getBookmarkStartList().stream().anyMatch(b -> b.getName().equals(bookmark))) {
                    in = true;
                    continue;
                }
                if (in && !p.getText().isBlank() && ++count == n) {
                    return p;
                }
            }
        }
        throw new AssertionError("no paragraph " + n + " after " + bookmark);
    }

    long comments() {
        return TestWorkbench.number(app, "SELECT COUNT(*) FROM panel_comment");
    }

    @Test
    void commentsLandOnTheRightArticleAndParagraphAndATrackedChangeBecomesARevisionWhenAccepted() throws Exception {
        Path file = returned(pack(3), "returned-lee.docx");
        ReviewPackService.ImportResult result = app.reviewPacks().importPack(cycle, lee.id(), null, file, "tester");
        assertThat(result.comments()).isEqualTo(1);
        assertThat(result.suggestions()).isEqualTo(1);
        assertThat(result.notes()).isEmpty();

        var a5 = app.sessionRecords().article(cycle, 5);
        assertThat(a5.comments()).singleElement().satisfies(c -> {
            assertThat(c.memberId()).isEqualTo(lee.id());
            assertThat(c.paragraph()).isEqualTo("2");
            assertThat(c.body()).isEqualTo("請補充企業誠信面向之具體措施。");
            assertThat(c.source()).isEqualTo("review_pack");
        });
        Suggestion s = app.reviewPacks().suggestions(cycle).getFirst();
        assertThat(s.sectionKey()).isEqualTo("A8");
        assertThat(s.paragraph()).isEqualTo(1);
        assertThat(s.before()).isEqualTo(A8_ZH);
        assertThat(s.after()).isEqualTo(A8_ZH.replace("每季", "每月"));

        Revision accepted = app.reviewPacks().accept(s.id(), "tester");
        long a8 = app.sections().sectionId(cycle, SectionKey.forArticle(8)).orElseThrow();
        assertThat(app.sections().open(a8).zh().orElseThrow()).isEqualTo(accepted);
        assertThat(accepted.body()).contains("並每月公開統計。").doesNotContain("每季");
        assertThat(accepted.note()).contains("李淑芬");
        assertThat(app.reviewPacks().suggestions(cycle).getFirst().status()).isEqualTo(Suggestion.Status.ACCEPTED);
        assertThatThrownBy(() -> app.reviewPacks().accept(s.id(), "tester")).hasMessageContaining("pack.alreadyDecided");
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws Exception {
        Path file = returned(pack(3), "returned-lee.docx");
        app.reviewPacks().importPack(cycle, lee.id(), null, file, "tester");
        long before = comments();
        ReviewPackService.ImportResult again = app.reviewPacks().importPack(cycle, lee.id(), null, file, "tester");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(comments()).isEqualTo(before);
        assertThat(app.reviewPacks().suggestions(cycle)).hasSize(1);
        assertThat(Messages.of(Language.EN).text(again.notes().getFirst())).isEqualTo("returned-lee.docx was imported before; nothing was added.");

        // the same pack saved again by Word (other bytes, other name): what it says was already recorded
        Path resaved = dir.resolve("returned-lee-resaved.docx");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in); OutputStream os = Files.newOutputStream(resaved)) {
            doc.getProperties().getCoreProperties().setDescription("saved again");
            doc.write(os);
        }
        ReviewPackService.ImportResult resavedResult = app.reviewPacks().importPack(cycle, lee.id(), null, resaved, "tester");
        assertThat(resavedResult.comments()).isZero();
        assertThat(resavedResult.suggestions()).isZero();
        assertThat(comments()).isEqualTo(before);
        assertThat(Messages.of(Language.EN).text(resavedResult.notes().getFirst())).startsWith("2 comment(s) or change(s) were already recorded");
    }

    @Test
    void aDocumentThatIsNotOneOfOurPacksIsRefusedAndChangesNothing() {
        Path report = app.reportExporter().export(3, Language.ZH_TW, Set.of(5), dir.resolve("report.docx"), DocxEngine.Progress.NONE);
        long before = comments();
        assertThatThrownBy(() -> app.reviewPacks().importPack(cycle, lee.id(), null, report, "tester"))
                .hasMessageContaining("pack.notAPack");
        assertThat(comments()).isEqualTo(before);
    }

    @Test
    void aCorruptFileIsRefused() throws Exception {
        Path junk = Files.write(dir.resolve("broken.docx"), "PK\u0003\u0004 not really a zip".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> app.reviewPacks().importPack(cycle, lee.id(), null, junk, "tester")).hasMessageContaining("import.");
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM review_pack_import")).isZero();
    }

    @Test
    void aPackWhoseRecordWasTamperedWithIsRefused() throws Exception {
        Path file = returned(pack(3), "returned.docx");
        for (String forged : new String[] {"A5:x", "A5:99,A8:1", "A5:1"}) {
            Path tampered = dir.resolve("tampered.docx");
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                doc.getProperties().getCustomProperties().getProperty("uncac.revisions").setLpwstr(forged);
                try (OutputStream os = Files.newOutputStream(tampered)) {
                    doc.write(os);
                }
            }
            assertThatThrownBy(() -> app.reviewPacks().importPack(cycle, lee.id(), null, tampered, "tester"))
                    .as(forged).hasMessageContaining("pack.tampered");
        }
        assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM review_pack_import")).isZero();
    }

    @Test
    void aPackOfAnotherCycleIsRefused() throws Exception {
        Path file = pack(2);
        assertThatThrownBy(() -> app.reviewPacks().importPack(cycle, lee.id(), null, file, "tester")).hasMessageContaining("pack.otherCycle");
    }

    @Test
    void whenAnArticleChangedSinceItsCommentsStillCountButItsSuggestionIsNotKept() throws Exception {
        Path file = returned(pack(3), "returned.docx");
        long a8 = app.sections().sectionId(cycle, SectionKey.forArticle(8)).orElseThrow();
        app.revisions().saveFrom(a8, Language.ZH_TW, A8_ZH + "\n\n新增段落。", "lin", Revision.EDIT, null);

        ReviewPackService.ImportResult result = app.reviewPacks().importPack(cycle, lee.id(), null, file, "tester");
        assertThat(result.comments()).isEqualTo(1);
        assertThat(result.suggestions()).isZero();
        List<String> notes = result.notes().stream().map(n -> Messages.of(Language.EN).text(n)).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("Article 8 changed since the pack was made"));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("The suggested change to article 8, paragraph 1, was not kept"));
    }

    @Test
    void aSessionsPackHoldsTheArticlesOnItsAgenda() throws Exception {
        PanelSession s = app.panel().plan(cycle, new PanelService.SessionPlan(SessionKind.ARTICLE_REVIEW,
                java.time.LocalDateTime.parse("2026-12-03T14:00"), null, "會議室", null, null), "tester");
        assertThatThrownBy(() -> app.reviewPacks().exportForSession(s.id(), Language.ZH_TW, dir.resolve("x.docx"), DocxEngine.Progress.NONE))
                .hasMessageContaining("pack.noArticles");
        app.panel().saveItem(s.id(), null, ItemKind.DISCUSSION, 8, "第8條", null, null, null, "tester");
        Path pack = app.reviewPacks().exportForSession(s.id(), Language.ZH_TW, dir.resolve("session.docx"), DocxEngine.Progress.NONE);
        try (InputStream in = Files.newInputStream(pack); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getProperties().getCustomProperties().getProperty("uncac.revisions").getLpwstr()).matches("A8:\\d+");
            assertThat(paragraphAfter(doc, "uncac_A8", 1).getText()).isEqualTo(A8_ZH);
        }
        // comments made on a session's pack are that session's, on the article's agenda item
        Path file = returned(app.reportExporter().exportReviewPack(3, Language.ZH_TW, Set.of(5, 8), dir.resolve("p.docx"),
                DocxEngine.Progress.NONE), "r.docx");
        app.reviewPacks().importPack(cycle, lee.id(), s.id(), file, "tester");
        assertThat(app.sessionRecords().comments(s.id())).singleElement().satisfies(c -> assertThat(c.article()).isEqualTo(5));
    }

    /** A pack exported by the workbench and edited in LibreOffice Writer 7.4 (a comment, a tracked change), shipped as a fixture. */
    @Test
    void aPackEditedInLibreOfficeComesBackTheSameWay() throws Exception {
        Path file = dir.resolve("libreoffice-returned-pack.docx");
        try (InputStream in = ReviewPackTest.class.getResourceAsStream("/docx/libreoffice-returned-pack.docx")) {
            Files.copy(in, file);
        }
        ReviewPackService.ImportResult result = app.reviewPacks().importPack(cycle, lee.id(), null, file, "tester");
        assertThat(result.notes()).isEmpty();
        assertThat(app.sessionRecords().article(cycle, 5).comments()).singleElement().satisfies(c -> {
            assertThat(c.paragraph()).isEqualTo("2");
            assertThat(c.body()).isEqualTo("請補充企業誠信面向之具體措施（LibreOffice）。");
        });
        Suggestion s = app.reviewPacks().suggestions(cycle).getFirst();
        assertThat(s.sectionKey()).isEqualTo("A8");
        assertThat(s.after()).isEqualTo(A8_ZH.replace("每季", "每月"));
        assertThat(app.reviewPacks().accept(s.id(), "tester").body()).contains("並每月公開統計。");
    }
}
