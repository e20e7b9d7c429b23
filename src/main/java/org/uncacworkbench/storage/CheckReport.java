package org.uncacworkbench.storage;

import java.util.List;
import org.uncacworkbench.i18n.UserMessage;

/** What {@code check} found: each problem with how serious it is, and what was looked at. */
public record CheckReport(List<Problem> problems, int tablesRead, long rowsRead) {

    public enum Severity { ERROR, WARNING }

    public record Problem(Severity severity, UserMessage message) {
    }

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
