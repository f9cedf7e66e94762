-- The supervisor's statistics (issue 6): every figure of a period is a count over a range of times or days, answered
-- from an index alone.
-- The journal's appeals are counted by every combination of disposition, channel, caller type, urgency and category
-- at once. With those columns first, SQLite walks the index combination by combination (a skip-scan: a few hundred
-- seeks, each reading the period's entries of one combination), already in the order of the groups, so that a year
-- of a million-entry journal is counted without sorting and without reading the entries' rows. The dispatchers are
-- counted from journal_entry_dispatcher (created_by, received_at) the same way.
CREATE INDEX journal_entry_statistics ON journal_entry (disposition, channel, caller_type, urgency, category_id,
                                                        received_at);
-- Handoffs offered in a period, and the moves (accepted, returned, escalated, withdrawn) made in it.
CREATE INDEX handoff_created ON handoff (created_at, deadline);
CREATE INDEX handoff_transition_action ON handoff_transition (action, at, handoff_id);
-- Cases opened, open at a day, and closed with their outcome.
CREATE INDEX support_case_opened ON support_case (opened_at, closed_at);
CREATE INDEX support_case_closed ON support_case (closed_at, outcome);
-- Families on the register at a day, put on it and taken off it (with the reason) in a period.
CREATE INDEX family_registration_period ON family_registration (registered_on, removed_on, family_id);
CREATE INDEX family_registration_removed ON family_registration (removed_on, removal_reason);
