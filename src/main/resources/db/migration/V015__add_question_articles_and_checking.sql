-- The list of issues (issue 19): a written question concerns one or more articles, or none (a
-- general question); the secretariat checks the answers before they are sent to the reviewers;
-- edits are checked against the version read.
CREATE TABLE question_article (
    question_id     BIGINT  NOT NULL REFERENCES written_question (id) ON DELETE CASCADE,
    article_number  INTEGER NOT NULL REFERENCES article (number),
    PRIMARY KEY (question_id, article_number)
);
INSERT INTO question_article (question_id, article_number)
    SELECT id, article_number FROM written_question WHERE article_number IS NOT NULL;

ALTER TABLE written_question DROP CONSTRAINT ck_written_question_status;
ALTER TABLE written_question ADD CONSTRAINT ck_written_question_status
    CHECK (status IN ('open', 'assigned', 'answered', 'checked', 'sent'));
ALTER TABLE written_question ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;

-- one answer per agency and question: a corrected answer replaces the earlier one
ALTER TABLE question_answer ADD CONSTRAINT uq_question_answer_agency UNIQUE (question_id, agency_id);
