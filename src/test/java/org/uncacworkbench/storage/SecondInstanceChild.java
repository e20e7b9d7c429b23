package org.uncacworkbench.storage;

import java.nio.file.Path;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/** Tries to open a database another process holds, and prints what the user would be told. */
public final class SecondInstanceChild {

    private SecondInstanceChild() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("OPENED");
        } catch (DatabaseInUseException e) {
            System.out.println("IN USE");
            System.out.println(Messages.of(Language.fromTag(args[1]).orElseThrow()).describe(e));
        }
    }
}
