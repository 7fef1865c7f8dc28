-- How an image model's pixels become its input values: NULL (scaled to 0..1 only), 'imagenet', or
-- 'MEAN/STD' with one or three comma-separated values per side (see ImageNormalization.text()).

ALTER TABLE models ADD COLUMN input_normalization CHARACTER VARYING(256);
