-- The data-quality report stored with every dataset version.

CREATE TABLE dataset_quality (
  dataset_id BIGINT PRIMARY KEY REFERENCES datasets(id) ON DELETE CASCADE,
  findings   CLOB NOT NULL,
  checked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
