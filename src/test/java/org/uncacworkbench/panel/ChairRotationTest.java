package org.uncacworkbench.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rotation rules as a table: absences, conflicts, ties, members joining and leaving mid-cycle. */
class ChairRotationTest {

    /** Four members; member 4 joins on 1 March, member 2 leaves at the end of March. */
    static final List<PanelMember> MEMBERS = List.of(
            member(1, null, null), member(2, null, LocalDate.parse("2026-03-31")),
            member(3, null, null), member(4, LocalDate.parse("2026-03-01"), null));

    static PanelMember member(long id, LocalDate joined, LocalDate left) {
        return new PanelMember(id, 1, "委員" + id, "Member " + id, null, null, Sector.ACADEMIA, null, null, joined, left);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "nobody has chaired: the first listed member;                         -;                                          -;   -;   2026-02-10; 1",
        "the member who chaired least;                                        1@2026-01-05 2@2026-01-12 4@2026-03-05;     -;   -;   2026-03-10; 3",
        "all chaired once: the one who chaired longest ago;                   3@2026-01-05 1@2026-01-12 2@2026-01-19;     -;   -;   2026-02-10; 3",
        "fewest chairs beats longest ago;                                     1@2026-01-05 1@2026-01-06 2@2026-01-12 3@2026-01-19; -; -; 2026-02-10; 2",
        "apologies skip the member;                                           -;                                          1;   -;   2026-02-10; 2",
        "a conflict on the session's articles skips the member;               -;                                          -;   1 2; 2026-02-10; 3",
        "apologies and conflict together;                                     -;                                          1 3; 2;   2026-02-10; -",
        "a member who has not joined yet is not proposed;                     1@2026-01-05 2@2026-01-12 3@2026-01-19;     -;   -;   2026-02-10; 1",
        "a member who joined mid-cycle has chaired least;                     1@2026-01-05 2@2026-01-12 3@2026-01-19;     -;   -;   2026-03-10; 4",
        "a member who left is not proposed;                                   1@2026-01-05;                               -;   -;   2026-04-10; 3",
        "later sessions do not count for an earlier one;                      2@2026-01-05 1@2026-05-01;                  -;   -;   2026-02-10; 1",
    })
    void proposesTheFairestEligibleMember(String name, String history, String apologies, String conflicts, LocalDate on, String expected) {
        List<ChairRotation.PastChair> past = history == null ? List.of() : Arrays.stream(history.trim().split("\\s+"))
                .map(h -> new ChairRotation.PastChair(Long.parseLong(h.split("@")[0]), LocalDate.parse(h.split("@")[1]))).toList();
        Set<Long> away = ids(apologies);
        Map<Long, String> conflicted = ids(conflicts).stream().collect(Collectors.toMap(id -> id, id -> "A14"));
        ChairRotation.Proposal p = ChairRotation.propose(MEMBERS, past, on, away, conflicted);
        Long proposed = p.proposed().map(PanelMember::id).orElse(null);
        Long want = expected == null ? null : Long.valueOf(expected);
        assertThat(proposed).as(name).isEqualTo(want);
        assertThat(p.ranking().size() + p.excluded().size()).isEqualTo(MEMBERS.size());
    }

    @Test
    void explainsWhoWasSkippedAndWhy() {
        ChairRotation.Proposal p = ChairRotation.propose(MEMBERS, List.of(new ChairRotation.PastChair(3, LocalDate.parse("2026-01-05"))),
                LocalDate.parse("2026-02-10"), Set.of(1L), Map.of(2L, "A14, SPO"));
        assertThat(p.excluded()).extracting(e -> e.member().id(), ChairRotation.Excluded::reason, ChairRotation.Excluded::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, ChairRotation.Reason.APOLOGIES, ""),
                        org.assertj.core.groups.Tuple.tuple(2L, ChairRotation.Reason.CONFLICT, "A14, SPO"),
                        org.assertj.core.groups.Tuple.tuple(4L, ChairRotation.Reason.NOT_SERVING, ""));
        assertThat(p.ranking()).singleElement().satisfies(c -> {
            assertThat(c.member().id()).isEqualTo(3);
            assertThat(c.timesChaired()).isEqualTo(1);
            assertThat(c.lastChaired()).contains(LocalDate.parse("2026-01-05"));
        });
    }

    private static Set<Long> ids(String list) {
        return list == null ? Set.of() : Arrays.stream(list.trim().split("\\s+")).map(Long::valueOf).collect(Collectors.toSet());
    }
}
