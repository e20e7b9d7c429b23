-- Reviewers of the international review (issue 19): each declares, on a date, that they have no
-- ties to the government under review; a reviewer who leaves is marked so (with the date), never
-- deleted once they asked or wrote anything; edits are checked against the version read.
ALTER TABLE reviewer ADD COLUMN independence_declared_on DATE;
ALTER TABLE reviewer ADD COLUMN left_on DATE;
ALTER TABLE reviewer ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
