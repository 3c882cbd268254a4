-- Why an asynchronous import failed (an unexpected error, not row conflicts: those are in the summary).
ALTER TABLE import_job ADD COLUMN error TEXT;
CREATE INDEX import_job_created_idx ON import_job (created_at);
