package org.uncacworkbench.review;

import java.time.LocalDate;
import java.util.List;
import org.uncacworkbench.agency.AgencyRef;
import org.uncacworkbench.i18n.Language;

/**
 * A civil-society parallel report (民間平行報告): who sent it (the organisation in both languages), its
 * title, the day it was received, the original file kept in the database (its name; null: none), and
 * its points, each on articles and possibly answered by the government.
 */
public record ParallelReport(long id, long cycleId, String organisationZh, String organisationEn, String title, LocalDate receivedOn,
                             String fileName, boolean hasOriginal, List<Point> points, int version) {

    public ParallelReport {
        points = List.copyOf(points);
    }

    public String organisation(Language language) {
        return language.isChinese() && organisationZh != null && !organisationZh.isBlank() ? organisationZh : organisationEn;
    }

    /** A point of the report: numbered in it, on articles (none: general), its text, and the government's answer if any. */
    public record Point(long id, int number, List<Integer> articles, String textEn, String textZh, String answer, AgencyRef answeredBy,
                       Long answeredById, LocalDate answeredOn) {

        public Point {
            articles = List.copyOf(articles);
        }

        public String text(Language language) {
            String mine = language.isChinese() ? textZh : textEn;
            return mine != null && !mine.isBlank() ? mine : textEn != null ? textEn : textZh;
        }
    }
}
