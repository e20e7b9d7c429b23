-- Parallel reports (issue 19): the original file as civil society sent it, kept in the database and
-- openable again; a point concerns one or more articles (or none); the government may answer a
-- point (text, agency, day). Edits are checked against the version read.
ALTER TABLE parallel_report ADD COLUMN original BLOB;
ALTER TABLE parallel_report ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE parallel_point_article (
    point_id        BIGINT  NOT NULL REFERENCES parallel_report_point (id) ON DELETE CASCADE,
    article_number  INTEGER NOT NULL REFERENCES article (number),
    PRIMARY KEY (point_id, article_number)
);
INSERT INTO parallel_point_article (point_id, article_number)
    SELECT id, article_number FROM parallel_report_point WHERE article_number IS NOT NULL;

ALTER TABLE parallel_report_point ADD COLUMN answer_text VARCHAR(1000000);
ALTER TABLE parallel_report_point ADD COLUMN answer_agency_id BIGINT REFERENCES agency (id);
ALTER TABLE parallel_report_point ADD COLUMN answered_on DATE;
ALTER TABLE parallel_report_point ADD CONSTRAINT ck_parallel_report_point_answer
    CHECK ((answer_text IS NULL) = (answer_agency_id IS NULL));
