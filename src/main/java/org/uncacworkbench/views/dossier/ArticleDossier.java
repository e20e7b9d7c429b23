package org.uncacworkbench.views.dossier;

import java.util.List;
import java.util.Optional;
import org.uncacworkbench.convention.Article;
import org.uncacworkbench.cycle.Cycle;
import org.uncacworkbench.panel.PanelComment;
import org.uncacworkbench.panel.Ruling;
import org.uncacworkbench.requests.DataRequest;
import org.uncacworkbench.review.WrittenQuestion;

/**
 * Everything a cycle holds on one article, for someone who joins after the fact: the report's text in
 * both languages, the domestic panel's comments (with who made them) and rulings, the data requests and
 * their answers, the reviewers' written questions and the answers, civil society's points, the review
 * meeting's exchanges, the concluding observations citing the article, and the previous cycle's.
 */
public record ArticleDossier(Cycle cycle, Article article, Optional<String> textZh, Optional<String> textEn,
                             List<Comment> comments, List<Ruling> rulings, List<DataRequest> requests, List<WrittenQuestion> questions,
                             List<Point> points, List<Exchange> exchanges, List<Observation> observations,
                             Optional<Cycle> previousCycle, List<Observation> previousObservations) {

    public ArticleDossier {
        comments = List.copyOf(comments);
        rulings = List.copyOf(rulings);
        requests = List.copyOf(requests);
        questions = List.copyOf(questions);
        points = List.copyOf(points);
        exchanges = List.copyOf(exchanges);
        observations = List.copyOf(observations);
        previousObservations = List.copyOf(previousObservations);
    }

    /** A panel member's comment, with the member's names. */
    public record Comment(String memberZh, String memberEn, PanelComment comment) {
    }

    /** A point of a civil-society parallel report on the article. */
    public record Point(String organisationZh, String organisationEn, String reportTitle, int pointNo, String textZh, String textEn) {
    }

    /** What a reviewer asked at the review meeting and what the government answered. */
    public record Exchange(int sessionNo, boolean closedSession, String reviewer, String agencyCode, String question, String answer) {
    }

    /**
     * A concluding observation citing the article; a draft was written in closed session. {@code chain}:
     * the adopted observations of other cycles it repeats or follows up, and those that repeat or follow
     * it up, followed link by link across cycles, oldest first.
     */
    public record Observation(int number, String textEn, String textZh, boolean adopted, List<Link> chain) {

        public Observation {
            chain = List.copyOf(chain);
        }
    }

    /**
     * One step of an observation's chain across cycles: point {@code number} of cycle {@code cycleNumber},
     * which the observation (or a point of its chain) repeats or follows up ({@code later} false), or
     * which repeats or follows it up ({@code later} true).
     */
    public record Link(boolean later, String kind, int cycleNumber, int number, String textZh, String textEn) {

        /** The bundle key of how the step relates to the observation. */
        public String key() {
            return "dossier.chain." + (later ? "later." : "earlier.") + kind;
        }
    }
}
