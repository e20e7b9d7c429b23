package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;

/** The schema itself refuses data the domain forbids, whatever code tries to write it. */
class SchemaConstraintsTest {

    @TempDir
    static Path dir;
    static App app;

    @BeforeAll
    static void open() {
        app = TestWorkbench.withDemo(dir);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static long cycle(int number) {
        return TestWorkbench.number(app, "SELECT id FROM cycle WHERE number = " + number);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a session number is unique within a cycle          | INSERT INTO panel_session (cycle_id, session_no, kind, starts_at) VALUES ({c2}, 3, 'article_review', TIMESTAMP '2022-01-01 10:00:00')
            an observation number is unique within a cycle     | INSERT INTO concluding_observation (cycle_id, number, text_en) VALUES ({c2}, 12, 'again')
            a section status must be one of the six            | UPDATE report_section SET status = 'almost_done' WHERE cycle_id = {c3} AND section_key = 'A5'
            a cycle phase must be known                        | UPDATE cycle SET current_phase = 'party' WHERE number = 3
            a section belongs to an existing article           | INSERT INTO report_section (cycle_id, section_key, kind, article_number, sort_order) VALUES ({c3}, 'A72', 'article', 72, 82)
            only article sections name an article              | INSERT INTO report_section (cycle_id, section_key, kind, article_number, sort_order) VALUES ({c3}, 'X', 'introduction', 5, 0)
            each article has one section per cycle             | INSERT INTO report_section (cycle_id, section_key, kind, article_number, sort_order) VALUES ({c3}, 'A5', 'article', 5, 15)
            the final drafting meeting has a government chair  | UPDATE panel_session SET chair_member_id = (SELECT MIN(id) FROM panel_member) WHERE kind = 'final_drafting'
            a revision text cannot be missing                  | INSERT INTO section_revision (section_id, language, revision_no, source) VALUES ((SELECT MIN(id) FROM report_section), 'zh', 9, 'edit')
            a revision language is zh or en                    | INSERT INTO section_revision (section_id, language, revision_no, body, source) VALUES ((SELECT MIN(id) FROM report_section), 'fr', 9, 'x', 'edit')
            an adopted observation has its adoption date       | UPDATE concluding_observation SET adopted_on = NULL WHERE number = 1
            a cycle period cannot end before it starts         | UPDATE cycle SET period_end = DATE '2020-01-01' WHERE number = 3
            a conflict names an article or an agency           | INSERT INTO member_conflict (member_id) VALUES ((SELECT MIN(id) FROM panel_member))
            an attendee is a member or a named person          | INSERT INTO attendance (session_id, status) VALUES ((SELECT MIN(id) FROM panel_session), 'present')
            a referenced agency must exist                     | UPDATE report_section SET lead_agency_id = 999999 WHERE cycle_id = {c3} AND section_key = 'A5'
            a request number is unique within a cycle          | INSERT INTO data_request (cycle_id, request_no, title, sent_on, due_on) VALUES ({c3}, 1, 'a', DATE '2026-01-01', DATE '2025-01-01')
            """)
    void refuses(String rule, String sql) {
        String statement = sql.replace("{c2}", String.valueOf(cycle(2))).replace("{c3}", String.valueOf(cycle(3)));
        assertThatThrownBy(() -> app.database().dsl().execute(statement)).as(rule).isInstanceOf(DataAccessException.class);
    }

    @Test
    void deletingACycleTakesItsRecordsWithIt(@TempDir Path own) {
        try (App mine = TestWorkbench.withDemo(own)) {
            var dsl = mine.database().dsl();
            long c3 = TestWorkbench.number(mine, "SELECT id FROM cycle WHERE number = 3");
            mine.database().run(() -> dsl.execute("DELETE FROM cycle WHERE id = " + c3));
            assertThat(TestWorkbench.number(mine, "SELECT COUNT(*) FROM report_section WHERE cycle_id = " + c3)).isZero();
            assertThat(TestWorkbench.number(mine, "SELECT COUNT(*) FROM report_section")).isEqualTo(74);
            // cycle 3's review went with it: reviewers, questions, draft observations, kinds
            assertThat(TestWorkbench.number(mine, "SELECT COUNT(*) FROM concluding_observation WHERE cycle_id = " + c3)).isZero();
            assertThat(TestWorkbench.number(mine, "SELECT COUNT(*) FROM written_question WHERE cycle_id = " + c3)).isZero();
        }
    }
}
