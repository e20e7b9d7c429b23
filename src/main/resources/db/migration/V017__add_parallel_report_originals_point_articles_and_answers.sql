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

-- Deleting a cycle deletes its kinds, themes and reviewers with it; the observations and questions
-- pointing at them go too, but the database may reach the kind or reviewer first and refuse. These
-- references are remade to let go (SET NULL) of what is deleted; H2 names the old constraints
-- itself, so each column is remade and its values copied.
ALTER TABLE concluding_observation ADD COLUMN kind_ref BIGINT REFERENCES observation_kind (id) ON DELETE SET NULL;
ALTER TABLE concluding_observation ADD COLUMN theme_ref BIGINT REFERENCES observation_theme (id) ON DELETE SET NULL;
UPDATE concluding_observation SET kind_ref = kind_id, theme_ref = theme_id;
ALTER TABLE concluding_observation DROP COLUMN kind_id;
ALTER TABLE concluding_observation DROP COLUMN theme_id;
ALTER TABLE concluding_observation ALTER COLUMN kind_ref RENAME TO kind_id;
ALTER TABLE concluding_observation ALTER COLUMN theme_ref RENAME TO theme_id;

ALTER TABLE written_question ADD COLUMN reviewer_ref BIGINT REFERENCES reviewer (id) ON DELETE SET NULL;
UPDATE written_question SET reviewer_ref = reviewer_id;
ALTER TABLE written_question DROP COLUMN reviewer_id;
ALTER TABLE written_question ALTER COLUMN reviewer_ref RENAME TO reviewer_id;

ALTER TABLE meeting_exchange ADD COLUMN reviewer_ref BIGINT REFERENCES reviewer (id) ON DELETE SET NULL;
UPDATE meeting_exchange SET reviewer_ref = reviewer_id;
ALTER TABLE meeting_exchange DROP COLUMN reviewer_id;
ALTER TABLE meeting_exchange ALTER COLUMN reviewer_ref RENAME TO reviewer_id;

ALTER TABLE review_meeting_session ADD COLUMN chair_ref BIGINT REFERENCES reviewer (id) ON DELETE SET NULL;
UPDATE review_meeting_session SET chair_ref = chair_reviewer_id;
ALTER TABLE review_meeting_session DROP COLUMN chair_reviewer_id;
ALTER TABLE review_meeting_session ALTER COLUMN chair_ref RENAME TO chair_reviewer_id;
