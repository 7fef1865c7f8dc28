-- The character set a dataset's text was read in ('windows-1251', 'UTF-8', ...), as shown to the user.
-- NULL for sources that are not text (Excel, images) and for datasets imported before it was kept.

ALTER TABLE datasets ADD COLUMN charset CHARACTER VARYING(64);
