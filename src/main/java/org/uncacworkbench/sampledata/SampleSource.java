package org.uncacworkbench.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the demo files come from: a folder (the repository's sample-data/) or the jar. */
public interface SampleSource {

    /** The file's text, or empty if it does not exist. */
    Optional<String> read(String relativePath);

    /** How messages name the file, e.g. sample-data/cycle-2/observations.csv. */
    String describe(String relativePath);

    static SampleSource folder(Path root) {
        return new SampleSource() {
            @Override
            public Optional<String> read(String relativePath) {
                Path file = root.resolve(relativePath);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return root.resolve(relativePath).toString();
            }
        };
    }

    /** The copy of sample-data/ that the build puts inside the jar. */
    static SampleSource bundled() {
        return new SampleSource() {
            @Override
            public Optional<String> read(String relativePath) {
                try (InputStream in = SampleSource.class.getResourceAsStream("/sample-data/" + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return "sample-data/" + relativePath;
            }
        };
    }
}
