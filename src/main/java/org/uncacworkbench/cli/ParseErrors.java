package org.uncacworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.uncacworkbench.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A command line the program cannot read, explained in the user's language: what was not
 * understood, what the user may have meant, and where the usage is. Picocli's own sentences are
 * English only.
 */
final class ParseErrors {

    private ParseErrors() {
    }

    static int explain(ParameterException failure, Messages messages, PrintWriter err) {
        err.println(messages.format("cli.failed", describe(failure, messages)));
        if (failure instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.format("cli.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(messages.format("cli.seeHelp", failure.getCommandLine().getCommandSpec().qualifiedName()));
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    static String describe(ParameterException failure, Messages messages) {
        return switch (failure) {
            case CommandLine.UnmatchedArgumentException u -> messages.format("cli.unknownArgument", quoted(u.getUnmatched()));
            case CommandLine.MissingParameterException m -> messages.format("cli.missingOption",
                    m.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining(", ")));
            case CommandLine.OverwrittenOptionException o -> messages.format("cli.optionTwice", name(o.getOverwritten()));
            default -> failure.getArgSpec() != null && failure.getValue() != null
                    ? messages.format("cli.badValue", name(failure.getArgSpec()), failure.getValue())
                    : messages.get("cli.badCommandLine");
        };
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> arguments) {
        return String.join(" ", arguments);
    }
}
