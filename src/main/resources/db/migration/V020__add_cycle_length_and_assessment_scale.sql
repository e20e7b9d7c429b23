-- Issue 20: how many years after this cycle the next one starts (the agency runs four), from which
-- the next cycle's phases and milestones are proposed; editable in the cycle's setup.
ALTER TABLE cycle ADD COLUMN length_years INTEGER DEFAULT 4 NOT NULL;
ALTER TABLE cycle ADD CONSTRAINT ck_cycle_length CHECK (length_years BETWEEN 1 AND 10);

-- The cycle's assessment scale: the grades it uses, in order, with their names. A cycle with no row
-- here uses the treaty bodies' A–E with their usual names.
CREATE TABLE assessment_grade (
    cycle_id  BIGINT        NOT NULL REFERENCES cycle (id) ON DELETE CASCADE,
    grade     CHAR(1)       NOT NULL,
    name_zh   VARCHAR(100)  NOT NULL,
    name_en   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (cycle_id, grade),
    CONSTRAINT ck_assessment_grade_grade CHECK (grade IN ('A', 'B', 'C', 'D', 'E'))
);
