-- The catalogue of call recordings: every call recorded on a line, its files, and the journal entry it
-- belongs to once the dispatcher attaches it. The files live in the recordings folder beside the database; path and
-- opus_path are relative to it. Times are UTC seconds since the epoch.
-- duration_ms is NULL while the call is being recorded; a row still without one at start-up was cut off by a crash
-- and gets the duration its file can give, with interrupted set. A WAV file found with no row at all gets a row of
-- its own the same way (direction NULL: the file does not say). deleted_at: the keeping rules removed the files; the
-- row stays so that the entry can say there was a recording.
CREATE TABLE call_recording (
    id ${ID},
    line_name TEXT NOT NULL DEFAULT '',
    direction TEXT,
    number TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    duration_ms BIGINT,
    path TEXT NOT NULL UNIQUE,
    opus_path TEXT,
    interrupted BOOLEAN NOT NULL DEFAULT FALSE,
    entry_id BIGINT REFERENCES journal_entry (id),
    told_of_recording BOOLEAN NOT NULL DEFAULT FALSE,
    deleted_at BIGINT
);

-- The recordings waiting for an entry, newest first.
CREATE INDEX call_recording_without_entry ON call_recording (started_at) WHERE entry_id IS NULL AND deleted_at IS NULL;
CREATE INDEX call_recording_entry ON call_recording (entry_id, started_at);
-- The keeping rules go line by line, oldest first.
CREATE INDEX call_recording_line ON call_recording (line_name, started_at);
