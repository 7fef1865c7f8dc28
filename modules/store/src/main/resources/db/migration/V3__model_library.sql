-- The model library: what an imported or trained model takes and gives, and where it came from.
-- Shapes are comma-separated dimensions of one example, without the batch (for example 1,8,8).
-- labels and signatures are JSON arrays. Models from before this version keep nulls here.

ALTER TABLE models ADD COLUMN input_kind CHARACTER VARYING(16);
ALTER TABLE models ADD COLUMN input_shape CHARACTER VARYING(256);
ALTER TABLE models ADD COLUMN output_shape CHARACTER VARYING(256);
ALTER TABLE models ADD COLUMN labels CHARACTER LARGE OBJECT;
ALTER TABLE models ADD COLUMN signatures CHARACTER LARGE OBJECT;
ALTER TABLE models ADD COLUMN source_file CHARACTER VARYING;
ALTER TABLE models ADD COLUMN sha256 CHARACTER VARYING(64);
ALTER TABLE models ADD COLUMN model_file CHARACTER VARYING;
ALTER TABLE models ADD COLUMN description CHARACTER VARYING;

-- Image evaluations also keep their top-k accuracy (k = min(5, classes)) when k > 2.
ALTER TABLE evaluations ADD COLUMN top_k INTEGER;
ALTER TABLE evaluations ADD COLUMN top_k_accuracy DOUBLE PRECISION;
