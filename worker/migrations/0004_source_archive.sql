-- How each source was archived. A capture keeps the exact response bytes in
-- R2 (`r2_key`, derived from `bytes_sha256`) beside the text extracted from
-- them; a paste is an editor's copy (it may point at a capture the Worker
-- could not read, such as a PDF). Existing sources were all pasted.
ALTER TABLE sources ADD COLUMN archive_method TEXT NOT NULL DEFAULT 'paste' CHECK (archive_method IN ('capture', 'paste'));
ALTER TABLE sources ADD COLUMN bytes_sha256 TEXT;
ALTER TABLE sources ADD COLUMN r2_key TEXT;
ALTER TABLE sources ADD COLUMN final_url TEXT;
ALTER TABLE sources ADD COLUMN fetch_status INTEGER;
ALTER TABLE sources ADD COLUMN content_type TEXT;
ALTER TABLE sources ADD COLUMN fetched_at TEXT;
ALTER TABLE sources ADD COLUMN lang TEXT;
ALTER TABLE sources ADD COLUMN dir TEXT CHECK (dir IN ('ltr', 'rtl'));

-- The same bytes captured twice are one source.
CREATE UNIQUE INDEX sources_by_capture ON sources (bytes_sha256) WHERE archive_method = 'capture';
