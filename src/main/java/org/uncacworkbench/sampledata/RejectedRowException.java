package org.uncacworkbench.sampledata;

/** The database refused a row (a constraint); the loader adds the file and line. */
final class RejectedRowException extends RuntimeException {

    RejectedRowException(String databaseMessage, Throwable cause) {
        super(databaseMessage, cause);
    }
}
