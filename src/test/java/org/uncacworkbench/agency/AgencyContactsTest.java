package org.uncacworkbench.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.WorkbenchException;

/** Staff rotate: the directory's contacts are changed and removed, with the same checks as when added. */
class AgencyContactsTest {

    @TempDir
    Path dir;

    private static Agency agency(App app, String code) {
        return app.agencies().agencies().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aContactIsChangedOrRemovedAndTheAuditLogSaysWho() {
        try (App app = TestWorkbench.withDemo(dir)) {
            long aac = agency(app, "AAC").id();
            Contact chen = app.agencies().contacts(aac).stream().filter(c -> c.name().equals("陳建宏")).findFirst().orElseThrow();

            app.agencies().updateContact(chen, " 陳建宏 ", "jh.chen@example.gov.tw", "lin");
            assertThat(app.agencies().contacts(aac)).filteredOn(c -> c.id() == chen.id()).singleElement().satisfies(c -> {
                assertThat(c.email()).isEqualTo("jh.chen@example.gov.tw");
                assertThat(c.jobTitle()).as("what the form does not show is kept").isEqualTo("科長");
                assertThat(c.phone()).isEqualTo("02-2562-1156 #305");
            });

            app.agencies().removeContact(chen, "lin");
            assertThat(app.agencies().contacts(aac)).extracting(Contact::name).containsExactly("林雅婷");
            assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'contact' AND username = 'lin' "
                    + "AND entity_id = '" + chen.id() + "' AND action IN ('update', 'delete')")).isEqualTo(2);

            assertThatThrownBy(() -> app.agencies().removeContact(chen, "wang")).isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining("contactGone");
            assertThatThrownBy(() -> app.agencies().updateContact(chen, "陳建宏", null, "wang")).isInstanceOf(WorkbenchException.class);
        }
    }

    @Test
    void aChangeThatFailsItsChecksChangesNothing() {
        try (App app = TestWorkbench.withDemo(dir)) {
            long moj = agency(app, "MOJ").id();
            Contact hsu = app.agencies().contacts(moj).getFirst();

            assertThatThrownBy(() -> app.agencies().updateContact(hsu, "許嘉文", "not-an-address", "lin"))
                    .isInstanceOf(WorkbenchException.class).hasMessageContaining("badEmail");
            assertThatThrownBy(() -> app.agencies().updateContact(hsu, "  ", "x@example.gov.tw", "lin"))
                    .isInstanceOf(WorkbenchException.class).hasMessageContaining("contactNameRequired");
            assertThat(app.agencies().contacts(moj).getFirst()).isEqualTo(hsu);
        }
    }
}
