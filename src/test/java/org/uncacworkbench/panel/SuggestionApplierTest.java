package org.uncacworkbench.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Placing a member's change, made on the text as Word showed it, into the Markdown source. */
class SuggestionApplierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "plain paragraph: replaced whole   | 甲乙丙。\\n\\n丁戊己。           | 丁戊己。            | 丁戊庚。            | 甲乙丙。\\n\\n丁戊庚。",
        "formatted paragraph: by context   | 新增**企業誠信**及**數位治理**兩大面向。 | 新增企業誠信及數位治理兩大面向。 | 新增企業誠信及數位治理三大面向。 | 新增**企業誠信**及**數位治理**三大面向。",
        "English words                     | The agency **publishes** data yearly. | The agency publishes data yearly. | The agency publishes data monthly. | The agency **publishes** data monthly.",
        "text not in the source            | 完全不同的內容。                  | 甲乙丙。            | 甲乙丁。            | -",
        "ambiguous: appears twice          | 每季公開。每季公開。              | 每季公開。          | 每月公開。          | -",
    })
    void placesTheChangeOnlyWhereItIsUnambiguous(String name, String markdown, String before, String after, String expected) {
        String md = markdown.strip().replace("\\n", "\n");
        var result = SuggestionApplier.apply(md, before.strip(), after.strip());
        if (expected == null) {
            assertThat(result).as(name).isEmpty();
        } else {
            assertThat(result).as(name).contains(expected.strip().replace("\\n", "\n"));
        }
    }
}
