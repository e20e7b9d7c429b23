package org.uncacworkbench.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.WorkbenchException;

/**
 * The reviewers' concluding observations are read from Word as they write them: typed numbers or
 * Word's numbering, kinds or themes from the headings, articles from their citations; every point
 * found and nothing invented, the doubtful flagged.
 */
public class ObservationImportTest {

    static final List<ObservationGroup> KINDS = List.of(
            new ObservationGroup(1, "finding", "主要發現或意見", "Main finding or observation", false),
            new ObservationGroup(2, "best_practice", "最佳實踐", "Best practice", false),
            new ObservationGroup(3, "recommendation", "挑戰及建議", "Challenge and recommendation", false));
    static final List<ObservationGroup> THEMES = List.of(
            new ObservationGroup(11, "policy", "反貪腐政策", "Anti-corruption policies and bodies", true),
            new ObservationGroup(12, "criminalisation", "定罪與執法", "Criminalisation and law enforcement", true),
            new ObservationGroup(13, "cooperation", "國際合作", "International cooperation", true));

    @TempDir
    Path dir;

    /** A document being built: headings, typed or Word-numbered paragraphs, tables, footnotes, page breaks. */
    public static final class Doc implements AutoCloseable {
        final XWPFDocument doc = new XWPFDocument();
        BigInteger numId;

        public Doc heading(String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading1");
            p.createRun().setText(text);
            return this;
        }

        public Doc boldLine(String text) {
            var r = doc.createParagraph().createRun();
            r.setBold(true);
            r.setText(text);
            return this;
        }

        public Doc para(String text) {
            doc.createParagraph().createRun().setText(text);
            return this;
        }

        /** A paragraph in Word's own numbering, at a level (0: a point, 1: its (a), (b)). */
        public Doc numbered(int level, String text) {
            if (numId == null) {
                numId = newList();
            }
            XWPFParagraph p = doc.createParagraph();
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
            p.createRun().setText(text);
            return this;
        }

        /** Word's numbering started again at 1, as a new list. */
        public Doc restartNumbering() {
            numId = newList();
            return this;
        }

        private BigInteger newList() {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            var numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
            abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
            for (int i = 0; i < 2; i++) {
                CTLvl l = abs.addNewLvl();
                l.setIlvl(BigInteger.valueOf(i));
                l.addNewStart().setVal(BigInteger.ONE);
                l.addNewNumFmt().setVal(i == 0 ? STNumberFormat.DECIMAL : STNumberFormat.LOWER_LETTER);
                l.addNewLvlText().setVal(i == 0 ? "%1." : "(%2)");
            }
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            return numbering.addNum(abstractId);
        }

        public Doc withFootnote(String text, String note) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(text);
            if (doc.getFootnotes() == null) {
                doc.createFootnotes();
            }
            var footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText(note);
            p.addFootnoteReference(footnote);
            p.createRun().setText(" (Articles 15–16)");
            return this;
        }

        public Doc pageBreak() {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            return this;
        }

        public Doc table(String... cells) {
            var t = doc.createTable(1, cells.length);
            for (int i = 0; i < cells.length; i++) {
                t.getRow(0).getCell(i).setText(cells[i]);
            }
            return this;
        }

        public Path save(Path file) throws Exception {
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
            return file;
        }

        @Override
        public void close() throws Exception {
            doc.close();
        }
    }

    @Test
    void typedNumbersUnderTheKindsHeadingsGiveEveryPointWithItsKindAndTheArticlesItCites() throws Exception {
        Path file;
        try (Doc d = new Doc()) {
            file = d.para("Concluding observations and recommendations of the international review committee")
                    .heading("Main findings and observations")
                    .para("1. The reviewers commend the Government for its second review (A. 5).")
                    .para("2. Coordination by the Central Integrity Committee (Art. 6) measures activities, not outcomes.")
                    .heading("Best practices")
                    .para("3. Integrity platforms for public works are worth sharing (Arts. 6 and 36).")
                    .heading("Challenges to implementation and recommendations")
                    .para("4. Foreign bribery should be an offence (Articles 15–16).")
                    .para("(a) in the Criminal Code;")
                    .para("(b) with liability of legal persons (A. 26).")
                    .para("5. Asset declarations should be verified (A. 32, 33).")
                    .save(dir.resolve("observations.docx"));
        }
        List<ObservationImport.Point> points = ObservationImport.read(file, KINDS);

        assertThat(points).extracting(ObservationImport.Point::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(points).extracting(p -> p.group().code())
                .containsExactly("finding", "finding", "best_practice", "recommendation", "recommendation");
        assertThat(points).extracting(ObservationImport.Point::articles)
                .containsExactly(List.of(5), List.of(6), List.of(6, 36), List.of(15, 16, 26), List.of(32, 33));
        assertThat(points.get(3).text()).isEqualTo("Foreign bribery should be an offence (Articles 15–16).\n\n(a) in the Criminal Code;\n\n"
                + "(b) with liability of legal persons (A. 26).");
        assertThat(points).allSatisfy(p -> assertThat(p.flags()).isEmpty());
    }

    @Test
    void wordsOwnNumberingUnderThemeHeadingsIsReadWithItsSubItems() throws Exception {
        Path file;
        try (Doc d = new Doc()) {
            file = d.boldLine("I. Anti-corruption policies and bodies")
                    .numbered(0, "The Agency Against Corruption should be given independence (A. 6).")
                    .numbered(1, "by law;")
                    .numbered(1, "by budget.")
                    .numbered(0, "Codes of conduct should apply to elected officials (Art. 8).")
                    .numbered(1, "with sanctions.")
                    .boldLine("II. International cooperation")
                    .numbered(0, "Mutual legal assistance without a treaty should be possible (Arts. 46 and 48).")
                    .save(dir.resolve("themes.docx"));
        }
        List<ObservationImport.Point> points = ObservationImport.read(file, THEMES);

        assertThat(points).extracting(ObservationImport.Point::number).containsExactly(1, 2, 3);
        assertThat(points).extracting(p -> p.group().code()).containsExactly("policy", "policy", "cooperation");
        assertThat(points.getFirst().text()).isEqualTo("The Agency Against Corruption should be given independence (A. 6).\n\n(a) by law;\n\n(b) by budget.");
        assertThat(points.get(1).text()).as("each point's sub-items begin again at (a)")
                .isEqualTo("Codes of conduct should apply to elected officials (Art. 8).\n\n(a) with sanctions.");
        assertThat(points).extracting(ObservationImport.Point::articles).containsExactly(List.of(6), List.of(8), List.of(46, 48));
    }

    @Test
    void aMessyHandMadeDocumentGivesEveryPointOnceAndFlagsWhatItCannotTell() throws Exception {
        Path file;
        try (Doc d = new Doc()) {
            file = d.boldLine("Main findings and observations")
                    .para("1. The reviewers note that article 13 of the Convention asks for the participation of society; the")
                    .pageBreak()
                    .para("Government's consultations so far are commendable.")
                    .para("2. Statistics on prosecutions were given to the reviewers (A. 30).")
                    .heading("Best practices")
                    .para("1. The integrity platforms (Arts. 6 and 36) are shown below.")
                    .table("Platform", "Projects")
                    .withFootnote("2. Whistle-blowers are protected by the new act", "The Whistleblower Protection Act of 2023.")
                    .heading("Annex: remarks of the chair")
                    .para("1. The chair thanks the interpreters.")
                    .save(dir.resolve("messy.docx"));
        }
        List<ObservationImport.Point> points = ObservationImport.read(file, KINDS);

        assertThat(points).hasSize(5);
        assertThat(points).extracting(ObservationImport.Point::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(points).extracting(ObservationImport.Point::documentNumber).containsExactly(1, 2, 1, 2, 1);
        assertThat(points.getFirst().text()).contains("participation of society; the").contains("Government's consultations so far are commendable.");
        assertThat(points.getFirst().articles()).containsExactly(13);
        assertThat(points.get(2).text()).contains("| Platform | Projects |");
        assertThat(points.get(3).text()).contains("[^1]").contains("[^1]: The Whistleblower Protection Act of 2023.");
        assertThat(points.get(3).articles()).containsExactly(15, 16);
        assertThat(points.get(3).group().code()).isEqualTo("best_practice");
        assertThat(points.get(4).flags()).contains(ObservationImport.Flag.UNKNOWN_HEADING, ObservationImport.Flag.NO_CITATION);
        assertThat(points.get(4).group()).isNull();
        assertThat(points.get(2).flags()).contains(ObservationImport.Flag.RENUMBERED);
    }

    @Test
    void theChineseCitationsAreReadToo() {
        assertThat(ArticleCitations.cited("政府應檢討（第5條）及第15條至第16條之落實")).containsExactly(5, 15, 16);
        assertThat(ArticleCitations.cited("Plan A. 5 agencies; in 2021 (see para. 12)")).isEmpty();
    }

    @Test
    void aFileThatIsNotWordIsDamagedOrHoldsNoNumberedPointsIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("observations.txt"), "1. A point (A. 5).");
        assertThat(TestWorkbench.refusal(() -> ObservationImport.read(text, KINDS))).isEqualTo("review.observation.import.kind");
        Path damaged = Files.write(dir.resolve("damaged.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(TestWorkbench.refusal(() -> ObservationImport.read(damaged, KINDS))).startsWith("import.");
        Path empty;
        try (Doc d = new Doc()) {
            empty = d.heading("Main findings").para("The reviewers met in Taipei.").save(dir.resolve("none.docx"));
        }
        assertThat(TestWorkbench.refusal(() -> ObservationImport.read(empty, KINDS))).isEqualTo("review.observation.import.none");
    }
}
