-- English minutes in English (issue 17): the fields of a session's record that had only one
-- language gain their English; a missing English text is listed before an English export.
ALTER TABLE panel_session ADD COLUMN recorder_name_en VARCHAR(200);
ALTER TABLE panel_session ADD COLUMN chair_government_name_en VARCHAR(200);
ALTER TABLE panel_session ADD COLUMN opening_remarks_en VARCHAR(1000000);
ALTER TABLE attendance ADD COLUMN person_name_en VARCHAR(200);
ALTER TABLE panel_comment ADD COLUMN body_en VARCHAR(1000000);

-- The title on the report's cover, naming the country ("中華民國（臺灣）…" / "Republic of China (Taiwan) …");
-- a cycle without one keeps its own title on the cover.
ALTER TABLE cycle ADD COLUMN report_title_zh VARCHAR(300);
ALTER TABLE cycle ADD COLUMN report_title_en VARCHAR(300);

-- How every document the workbench writes presents its publisher: one row, shared by everyone who
-- uses the database (the agency is the author of the documents, not the person exporting them).
CREATE TABLE document_settings (
    id                    INTEGER      DEFAULT 1 NOT NULL PRIMARY KEY,
    organisation_zh       VARCHAR(200) NOT NULL,
    organisation_en       VARCHAR(200) NOT NULL,
    government_hierarchy  BOOLEAN      DEFAULT TRUE NOT NULL,
    version               INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT ck_document_settings_single_row CHECK (id = 1)
);
INSERT INTO document_settings (id, organisation_zh, organisation_en)
    VALUES (1, '法務部廉政署', 'Agency Against Corruption, Ministry of Justice');
