package org.uncacworkbench.drafting;

import org.uncacworkbench.markdown.Markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A search passage reads as the section does, not as its Markdown is typed. */
class PlainTextTest {

    @Test
    void markdownMarksAreDroppedAndTheWordsKept() {
        assertThat(Markdown.plainText("## 國家廉政政策\n\n本署**持續**推動[廉政平臺](https://x.tw)[^1]。"))
                .isEqualTo("國家廉政政策 本署持續推動廉政平臺。");
        assertThat(Markdown.plainText("| 年度 | 件數 |\n|---|---|\n| 2024 | 3 |")).isEqualTo(" 年度 件數 2024 3 ");
        assertThat(Markdown.plainText("> 引文\n- 一項\n1. 第一\n`code` and *em* and snake_case_name"))
                .isEqualTo("引文 一項 第一 code and em and snake_case_name");
    }
}
