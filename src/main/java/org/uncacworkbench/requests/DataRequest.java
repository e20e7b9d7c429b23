package org.uncacworkbench.requests;

import org.uncacworkbench.agency.AgencyRef;

import java.time.LocalDate;
import java.util.List;

/** A request for input on some articles, sent to one or more agencies with a deadline. */
public record DataRequest(long id, long cycleId, int number, String title, String instructions, LocalDate sentOn,
                          LocalDate dueOn, List<Integer> articles, List<Recipient> recipients) {

    /** One agency's part of a request, with its answer once it came. */
    public record Recipient(long id, AgencyRef agency, RequestStatus status, LocalDate answeredOn, String answerText,
                            String answerFile, String mergedInto) {
    }

    public DataRequest {
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
    }
}
