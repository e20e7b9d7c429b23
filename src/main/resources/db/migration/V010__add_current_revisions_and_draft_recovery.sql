-- Opening a section and searching the report read the newest revision of each language; keep a
-- pointer to it instead of finding the maximum each time. Updated in the same transaction as a save.
ALTER TABLE report_section ADD COLUMN zh_revision_id BIGINT REFERENCES section_revision (id) ON DELETE SET NULL;
ALTER TABLE report_section ADD COLUMN en_revision_id BIGINT REFERENCES section_revision (id) ON DELETE SET NULL;

UPDATE report_section s SET zh_revision_id = (
    SELECT r.id FROM section_revision r WHERE r.section_id = s.id AND r.language = 'zh'
    ORDER BY r.revision_no DESC LIMIT 1);
UPDATE report_section s SET en_revision_id = (
    SELECT r.id FROM section_revision r WHERE r.section_id = s.id AND r.language = 'en'
    ORDER BY r.revision_no DESC LIMIT 1);

-- What the editor typed but did not save yet, written every few seconds, so that a crash or a kill
-- loses nothing: the next start offers it back. One copy per section, language and user.
CREATE TABLE draft_recovery (
    section_id        BIGINT       NOT NULL REFERENCES report_section (id) ON DELETE CASCADE,
    language          VARCHAR(2)   NOT NULL,
    username          VARCHAR(100) NOT NULL,
    body              VARCHAR(1000000) NOT NULL,
    base_revision_no  INTEGER      NOT NULL,
    saved_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (section_id, language, username),
    CONSTRAINT ck_draft_recovery_language CHECK (language IN ('zh', 'en'))
);
