package org.uncacworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;
import org.uncacworkbench.shell.SettingsStore;
import org.uncacworkbench.storage.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The program's command line. With no sub-command it opens the window; the sub-commands do the
 * same work as the window for scripts and tests.
 */
@Command(name = "uncac-workbench", mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCommand.Version.class,
        subcommands = {LoadSampleCommand.class, CheckCommand.class, BackupCommand.class, RestoreCommand.class,
                SearchCommand.class, ImportCommand.class, ExportCommand.class})
public final class WorkbenchCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    static final String CLI_BUNDLE = "i18n.cli";

    @Option(names = "--data-dir", descriptionKey = "option.dataDir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT)
    Path dataDir;

    // not inherited: `import section --lang` names the text's language; the interface follows it there
    @Option(names = "--lang", descriptionKey = "option.lang", paramLabel = "zh|en")
    String lang;

    private Language language; // the interface language, when the full command line has worked it out

    private final Consumer<String[]> guiLauncher;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Supplier<Clock> clock;

    WorkbenchCommand(Consumer<String[]> guiLauncher, PrintWriter out, PrintWriter err, Supplier<Clock> clock) {
        this.guiLauncher = guiLauncher;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs the command line; returns the process exit code. */
    public static int run(String[] args, Consumer<String[]> guiLauncher, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, guiLauncher, out, err, () -> clock);
    }

    /**
     * As {@link #run(String[], Consumer, PrintWriter, PrintWriter, Clock)}, asking for the clock only
     * when a command needs it: the system clock reads the time-zone database (some 70 ms), which
     * opening the window need not wait for.
     */
    public static int run(String[] args, Consumer<String[]> guiLauncher, PrintWriter out, PrintWriter err, Supplier<Clock> clock) {
        WorkbenchCommand root = new WorkbenchCommand(guiLauncher, out, err, clock);
        if (windowOnly(args, root)) {
            return root.call(); // the common case, without building the whole command model (a third of a second at start-up)
        }
        Language language = languageFor(args);
        root.language = language;
        CommandLine cl = new CommandLine(root);
        cl.setResourceBundle(ResourceBundle.getBundle(CLI_BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setOut(out).setErr(err);
        Messages messages = Messages.of(language);
        cl.setParameterExceptionHandler((failure, given) -> ParseErrors.explain(failure, messages, err));
        cl.setExecutionStrategy(parsed -> {
            // the top level's --lang, given with a sub-command, is refused as the sub-commands' is
            if (root.lang != null && Language.fromTag(root.lang).isEmpty()) {
                err.println(messages.format("cli.badLanguage", root.lang));
                err.flush();
                return CommandLine.ExitCode.USAGE;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl.execute(args);
    }

    /**
     * True when the arguments only say which folder and language to open the window with
     * ({@code --data-dir DIR}, {@code --lang zh|en}, either as {@code --name=value}); sets them on
     * {@code root}. Anything else (a command, help, a bad language, an unknown option) goes through
     * the full command line, which explains itself.
     */
    static boolean windowOnly(String[] args, WorkbenchCommand root) {
        Path dir = null;
        String language = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value;
            String name;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                name = a;
                value = args[++i];
            } else {
                return false;
            }
            switch (name) {
                case "--data-dir" -> {
                    if (dir != null || value.isBlank()) {
                        return false;
                    }
                    try {
                        dir = Path.of(value);
                    } catch (java.nio.file.InvalidPathException e) {
                        return false;
                    }
                }
                case "--lang" -> {
                    if (language != null || Language.fromTag(value).isEmpty()) {
                        return false;
                    }
                    language = value;
                }
                default -> {
                    return false;
                }
            }
        }
        root.dataDir = dir;
        root.lang = language;
        return true;
    }

    /** --lang if given, else the data folder's saved language, else the system's. */
    static Language languageFor(String[] args) {
        return languageFor(dataDirIn(args), valueOf(args, "--lang"));
    }

    /** The folder {@code --data-dir} names, or null when none is given (or it is no path). */
    public static Path dataDirIn(String[] args) {
        String dir = valueOf(args, "--data-dir");
        try {
            return dir == null ? null : Path.of(dir);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // the command line reports it
        }
    }

    /** The last value given to {@code option}, written either as "--name value" or "--name=value". */
    private static String valueOf(String[] args, String option) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(option + "=")) {
                value = args[i].substring(option.length() + 1);
            } else if (args[i].equals(option) && i + 1 < args.length) {
                value = args[i + 1];
            }
        }
        return value;
    }

    private static Language languageFor(Path dir, String lang) {
        return Language.fromTag(lang).orElseGet(() -> new SettingsStore(DataDirectory.resolve(dir), Locale.getDefault()).load().language());
    }

    CliContext context() {
        Language shown = language != null ? language : languageFor(dataDir, lang);
        return new CliContext(DataDirectory.resolve(dataDir), Messages.of(shown), out, err, clock.get());
    }

    @Override
    public Integer call() {
        if (lang != null && Language.fromTag(lang).isEmpty()) {
            err.println(Messages.of(language != null ? language : languageFor(dataDir, null)).format("cli.badLanguage", lang));
            err.flush();
            return CommandLine.ExitCode.USAGE;
        }
        java.util.List<String> guiArgs = new java.util.ArrayList<>();
        if (dataDir != null) {
            guiArgs.add("--data-dir=" + dataDir.toAbsolutePath());
        }
        if (lang != null) {
            guiArgs.add("--lang=" + lang);
        }
        try {
            guiLauncher.accept(guiArgs.toArray(String[]::new));
            return EXIT_OK;
        } catch (RuntimeException e) {
            // typically no display, or GTK missing: say so instead of a stack trace
            CliContext ctx = context();
            ctx.err().println(ctx.messages().format("cli.noWindow", String.valueOf(rootCause(e).getMessage())));
            ctx.err().flush();
            return EXIT_FAILED;
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"UNCAC Review Workbench " + org.uncacworkbench.shell.AppVersion.version().orElse("(development build)")};
        }
    }
}
