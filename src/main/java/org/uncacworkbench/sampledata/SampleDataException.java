package org.uncacworkbench.sampledata;

import org.uncacworkbench.i18n.UserMessage;
import org.uncacworkbench.i18n.WorkbenchException;

/** A demo file is malformed; the message names the file, the line and what is wrong. */
public final class SampleDataException extends WorkbenchException {

    private final String file;
    private final long line;

    SampleDataException(String file, long line, UserMessage problem) {
        super(line > 0 ? UserMessage.of("sample.errorAt", file, line, problem) : UserMessage.of("sample.errorIn", file, problem));
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line in the file, or 0 when the problem is with the file as a whole. */
    public long line() {
        return line;
    }

    public UserMessage problem() {
        return (UserMessage) userMessage().args().getLast();
    }
}
