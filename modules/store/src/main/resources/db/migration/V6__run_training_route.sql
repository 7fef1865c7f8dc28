-- The training route a run took (tabular, image, savedmodel-full, savedmodel-head; see the
-- services' TrainingRoutes), so resuming a run looks it up instead of guessing from its folders.
-- NULL only for a run recorded without one, which then cannot be resumed.
ALTER TABLE runs ADD COLUMN training_route CHARACTER VARYING(32);

-- Runs from before this version, named from what identified their route until now: a SavedModel
-- fine-tune recorded its strategy among the hyperparameters (JSON text, written without spaces);
-- an image run is a CNN, on a dataset with the five columns of the image-folder import.
UPDATE runs r SET training_route = CASE
  WHEN r.hyperparameters LIKE '%"strategy":"full"%' THEN 'savedmodel-full'
  WHEN r.hyperparameters LIKE '%"strategy":"head"%' THEN 'savedmodel-head'
  WHEN r.model_kind = 'CNN' OR (SELECT COUNT(*) FROM dataset_columns c WHERE c.dataset_id = r.dataset_id
      AND c.name IN ('file', 'class', 'width', 'height', 'channels')) = 5 THEN 'image'
  ELSE 'tabular'
END;
