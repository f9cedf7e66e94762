-- How big each table was when SQLite last measured it for its query planner (Database::refreshStatistics): the
-- planner's own figures are estimates from a sample and cannot tell whether a table has grown since.
CREATE TABLE planner_measure (
    tbl TEXT PRIMARY KEY,
    max_id BIGINT NOT NULL
);
