package org.uncacworkbench.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncacworkbench.i18n.Language;

class TextDiffTest {

    @Test
    void chineseIsComparedCharacterByCharacter() {
        List<TextDiff.Row> rows = TextDiff.sideBySide("行政院於2020年核定行動方案。", "行政院於2024年核定新行動方案。", Language.ZH_TW);
        assertThat(rows).hasSize(1);
        TextDiff.Row row = rows.getFirst();
        assertThat(row.kind()).isEqualTo(TextDiff.Kind.CHANGED);
        assertThat(row.left()).containsExactly(new TextDiff.Segment("行政院於202", false), new TextDiff.Segment("0", true),
                new TextDiff.Segment("年核定行動方案。", false));
        assertThat(row.right()).containsExactly(new TextDiff.Segment("行政院於202", false), new TextDiff.Segment("4", true),
                new TextDiff.Segment("年核定", false), new TextDiff.Segment("新", true), new TextDiff.Segment("行動方案。", false));
    }

    @Test
    void englishIsComparedWordByWord() {
        TextDiff.Row row = TextDiff.sideBySide("The Executive Yuan approved the plan.", "The Executive Yuan adopted the new plan.",
                Language.EN).getFirst();
        assertThat(row.left()).filteredOn(TextDiff.Segment::changed).extracting(TextDiff.Segment::text).containsExactly("approved");
        assertThat(row.right()).filteredOn(TextDiff.Segment::changed).extracting(TextDiff.Segment::text).containsExactly("adopted", "new ");
    }

    @Test
    void linesAddedAndRemovedStandAlone() {
        List<TextDiff.Row> rows = TextDiff.sideBySide("a\nb\nc", "a\nc\nd", Language.EN);
        assertThat(rows).extracting(TextDiff.Row::kind)
                .containsExactly(TextDiff.Kind.SAME, TextDiff.Kind.REMOVED, TextDiff.Kind.SAME, TextDiff.Kind.ADDED);
        assertThat(rows.get(1).right()).isEmpty();
        assertThat(rows.get(3).left()).isEmpty();
    }

    @Test
    void rareCharactersOutsideTheBasicPlaneStayWhole() {
        TextDiff.Row row = TextDiff.sideBySide("𠀀甲", "𠀀乙", Language.ZH_TW).getFirst();
        assertThat(row.left()).containsExactly(new TextDiff.Segment("𠀀", false), new TextDiff.Segment("甲", true));
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertThat(TextDiff.paragraphs("一\n二\n\n  \n三\n")).containsExactly("一\n二", "三");
    }
}
