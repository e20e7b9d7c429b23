package org.uncacworkbench.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.export.DocxEngine;
import org.uncacworkbench.i18n.Language;

/** Minutes read back from the .docx: every heading field, every ruling, the ROC date, the tracking table. */
class MinutesTest {

    @TempDir
    Path dir;
    App app;
    PanelSession session5;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir.resolve("data"));
        session5 = app.panel().session(app.cycles().cycleByNumber(2).orElseThrow().id(), 5);
    }

    @AfterEach
    void close() {
        app.close();
    }

    record Read(List<XWPFParagraph> paragraphs, List<String> texts, List<XWPFTable> tables) {
        String styleOf(String text) {
            return paragraphs.stream().filter(p -> p.getText().equals(text)).findFirst().map(XWPFParagraph::getStyle).orElse("(absent)");
        }
    }

    Read export(Language language) throws Exception {
        Path file = app.minutes().export(session5.id(), language, dir.resolve("minutes-" + language.shortCode() + ".docx"), DocxEngine.Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return new Read(doc.getParagraphs(), doc.getParagraphs().stream().map(XWPFParagraph::getText).toList(), doc.getTables());
        }
    }

    @Test
    void chineseMinutesFollowTheGovernmentFormat() throws Exception {
        Read r = export(Language.ZH_TW);
        assertThat(r.texts().getFirst()).isEqualTo("聯合國反貪腐公約第二次國家報告審閱諮詢委員會第5次會議紀錄");
        assertThat(r.styleOf(r.texts().getFirst())).isEqualTo("Title");
        assertThat(r.texts()).contains(
                "時間：中華民國110年11月12日（星期五）下午2時",
                "地點：法務部廉政署第一會議室",
                "主席：劉家豪委員",
                "出席：王志明委員、李淑芬委員、張文彥委員、劉家豪委員、吳佩珊委員、蔡明哲委員、周怡君委員",
                "列席：—",
                "請假：黃美玲委員",
                "紀錄：陳建宏");
        for (String part : List.of("壹、主席致詞", "貳、確認上次會議紀錄", "參、報告事項", "肆、討論事項", "伍、臨時動議", "陸、散會：下午5時")) {
            assertThat(r.styleOf(part)).as(part).isEqualTo("Heading1");
        }
        assertThat(r.texts()).containsSubsequence("參、報告事項", "第一案", "案由：上次會議決議辦理情形", "決定：洽悉。",
                "肆、討論事項", "第一案", "案由：第33條保護檢舉人", "委員意見：", "決議：" + ruling(5, 2).textZh(), "伍、臨時動議", "無。");
        assertThat(r.texts()).anyMatch(t -> t.endsWith("周怡君委員（第2段）：建議補充檢舉人遭受不利處分之申訴案件統計。"));

        // earlier rulings as they stood at session 5: 4/3 released here, 4/2 still tracked (released at session 6)
        XWPFTable tracking = r.tables().getFirst();
        assertThat(tracking.getRow(0).getCell(3).getText()).isEqualTo("列管建議");
        assertThat(rows(tracking)).contains(
                List.of("第4次會議第二案", ruling(4, 2).textZh(), "繼續列管"),
                List.of("第4次會議第三案", ruling(4, 3).textZh(), "解除列管"));
    }

    @Test
    void englishMinutesCarryTheSameRecord() throws Exception {
        Read r = export(Language.EN);
        assertThat(r.texts().getFirst()).isEqualTo("UNCAC Second National Report Review Advisory Panel: Minutes of Meeting No. 5");
        assertThat(r.texts()).contains("Time: Friday 12 November 2021, 2:00 p.m.", "Chair: Liu Chia-hao", "Apologies: Huang Mei-ling",
                "VI. Adjournment: 5:00 p.m.", "Resolution: " + ruling(5, 2).textEn());
    }

    @Test
    void everyDemoSessionsEnglishMinutesAreInEnglishOnly() throws Exception {
        for (PanelSession s : app.panel().sessions(session5.cycleId())) {
            MinutesService.Draft draft = app.minutes().draft(s.id(), Language.EN);
            assertThat(draft.missing()).as("session %d lacks no English", s.number()).isEmpty();
            assertThat(draft.markdown()).as("session %d", s.number()).doesNotContain("[Chinese only]")
                    .satisfies(md -> assertThat(org.uncacworkbench.i18n.Scripts.hasCjk(md)).as(md).isFalse());
        }
        Read r = export(Language.EN);
        assertThat(r.texts()).contains("Minutes taken by: Chen Chien-hung")
                .anyMatch(t -> t.endsWith("Chou Yi-chun (paragraph 2): Statistics on complaints by reporting persons who suffered adverse treatment should be added."));
        assertThat(r.texts()).noneMatch(org.uncacworkbench.i18n.Scripts::hasCjk);
        assertThat(r.tables()).allSatisfy(t -> assertThat(org.uncacworkbench.i18n.Scripts.hasCjk(t.getText())).as(t.getText()).isFalse());
    }

    @Test
    void aTextWithoutEnglishIsMarkedListedAndFilledInAllOrNothing() throws Exception {
        SessionRecordService records = app.sessionRecords();
        records.addGuest(session5.id(), "許文華", "MOJ", "tester");
        PanelMember member = app.panel().members(session5.cycleId()).getFirst();
        AgendaItem item = session5.agenda().get(1);
        records.addComment(session5.id(), member.id(), item.id(), null, "建議補充統計。", "tester");

        MinutesService.Draft draft = app.minutes().draft(session5.id(), Language.EN);
        assertThat(draft.markdown()).contains("[Chinese only] 許文華", "[Chinese only] 建議補充統計。");
        assertThat(draft.missing()).extracting(MissingEnglish::kind, MissingEnglish::chinese).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MissingEnglish.Kind.GUEST_NAME, "許文華"),
                org.assertj.core.groups.Tuple.tuple(MissingEnglish.Kind.COMMENT, "建議補充統計。"));
        assertThat(draft.missing().get(1).itemNo()).isEqualTo(item.number());
        assertThat(app.minutes().draft(session5.id(), Language.ZH_TW).missing()).as("Chinese minutes lack nothing").isEmpty();

        MissingEnglish guest = draft.missing().get(0);
        MissingEnglish comment = draft.missing().get(1);
        // one answer still in Chinese: refused, and the other answer is not kept either
        assertThatThrownBy(() -> app.minutes().fillEnglish(session5.id(),
                java.util.Map.of(guest, "Hsu Wen-hua", comment, "補充統計"), "tester")).hasMessageContaining("minutes.english.notEnglish");
        assertThat(app.minutes().draft(session5.id(), Language.EN).missing()).hasSize(2);

        assertThat(app.minutes().fillEnglish(session5.id(), java.util.Map.of(guest, " Hsu Wen-hua ", comment, ""), "tester")).isEqualTo(1);
        MinutesService.Draft after = app.minutes().draft(session5.id(), Language.EN);
        assertThat(after.markdown()).contains("Ministry of Justice Hsu Wen-hua").doesNotContain("許文華");
        assertThat(after.missing()).singleElement().extracting(MissingEnglish::kind).isEqualTo(MissingEnglish.Kind.COMMENT);
    }

    @Test
    void editedEnglishMinutesListTheParagraphsStillInChinese() {
        MinutesService minutes = app.minutes();
        String english = minutes.draft(session5.id(), Language.EN).markdown();
        minutes.save(session5.id(), Language.EN, english.replace("(Omitted.)", "主席致詞（略）"), "tester");
        assertThat(minutes.draft(session5.id(), Language.EN).missing()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MissingEnglish.Kind.EDITED_TEXT);
            assertThat(m.kind().fillable()).isFalse();
            assertThat(m.chinese()).isEqualTo("主席致詞（略）");
        });
    }

    @Test
    void theSecretariatsEditIsWhatGetsExportedUntilItIsDraftedAgain() throws Exception {
        MinutesService minutes = app.minutes();
        MinutesService.Draft draft = minutes.draft(session5.id(), Language.ZH_TW);
        assertThat(draft.edited()).isFalse();
        minutes.save(session5.id(), Language.ZH_TW, draft.markdown().replace("（略）", "主席感謝各位委員出席。"), "tester");
        assertThat(minutes.draft(session5.id(), Language.ZH_TW).edited()).isTrue();
        assertThat(export(Language.ZH_TW).texts()).contains("主席感謝各位委員出席。");
        assertThat(minutes.draft(session5.id(), Language.EN).edited()).as("each language is edited on its own").isFalse();

        assertThatThrownBy(() -> minutes.save(session5.id(), Language.ZH_TW, "  ", "tester")).hasMessageContaining("minutes.empty");
        minutes.regenerate(session5.id(), Language.ZH_TW, "tester");
        assertThat(export(Language.ZH_TW).texts()).doesNotContain("主席感謝各位委員出席。").contains("（略）");
    }

    Ruling ruling(int session, int item) {
        return app.sessionRecords().rulings(session5.cycleId()).stream().filter(x -> x.sessionNo() == session && x.itemNo() == item)
                .findFirst().orElseThrow();
    }

    static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(row -> List.of(row.getCell(0).getText(), row.getCell(1).getText(), row.getCell(3).getText())).toList();
    }
}
