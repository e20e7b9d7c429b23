package org.uncacworkbench.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.cycle.CycleSetup;
import org.uncacworkbench.drafting.SectionKey;
import org.uncacworkbench.i18n.Language;

/** A new cycle's part answering the previous observations, pre-filled from their follow-up. */
class CarryOverTest {

    @TempDir
    Path dir;
    App app;

    @BeforeEach
    void open() {
        app = TestWorkbench.withDemo(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    String text(long cycle, Language language) {
        long section = app.sections().sectionId(cycle, SectionKey.PREVIOUS_OBSERVATIONS).orElseThrow();
        return app.revisions().history(section, language).stream().reduce((a, b) -> b.number() > a.number() ? b : a).orElseThrow().body();
    }

    @Test
    void everyAdoptedPointIsDraftedWithItsProgressAndDecisionInBothLanguagesOnce() {
        long c2 = app.cycles().cycleByNumber(2).orElseThrow().id();
        long c4 = app.cycles().create(CycleSetup.proposal("第四次國家報告", "Fourth National Report", LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31)), "lin").id();
        assertThat(app.carryOver().points(c2)).isEqualTo(30);
        assertThat(app.carryOver().carry(c2, c4, "lin")).isEqualTo(30);
        assertThat(text(c4, Language.ZH_TW)).contains("### 第 4 點\n\n> 政府應為行動方案訂定成果指標")
                .contains("- 現階段執行成果：外部評估已完成期中報告。（2024H1 填報）")
                .contains("- 列管決定：繼續列管：外部評估尚未完成。")
                .contains("### 第 1 點\n\n> 審查委員肯定政府辦理第二次審查").contains("本點未分派列管。");
        assertThat(text(c4, Language.EN)).contains("### Paragraph 7").contains("- Tracking: Release from tracking: The online register is live");
        assertThat(TestWorkbench.refusal(() -> app.carryOver().carry(c2, c4, "lin"))).as("written text is never overwritten")
                .isEqualTo("followup.carry.notEmpty");
    }
}
