package org.uncacworkbench.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as English does: one agency, 3 agencies; the Chinese needs no plural. */
class PluralsTest {

    private final Messages en = Messages.of(Language.EN);

    @Test
    void oneIsSingularAndMoreArePlural() {
        assertThat(en.format("requests.sent", 4, 1)).isEqualTo("Request 4 sent to one agency.");
        assertThat(en.format("requests.sent", 4, 3)).isEqualTo("Request 4 sent to 3 agencies.");
        assertThat(en.format("search.count", 1, "洗錢")).startsWith("One section contains \"洗錢\".").endsWith("open it at the passage.");
        assertThat(en.format("search.count", 12, "洗錢")).startsWith("12 sections contain");
        assertThat(en.format("search.where", "a", "b", "c", 1)).endsWith("one match");
        assertThat(en.format("milestone.overdue", 1)).isEqualTo("one day overdue");
        assertThat(en.format("milestone.overdue", 23)).isEqualTo("23 days overdue");
        assertThat(Messages.of(Language.ZH_TW).format("requests.sent", 4, 1)).doesNotContain("choice");
    }
}
