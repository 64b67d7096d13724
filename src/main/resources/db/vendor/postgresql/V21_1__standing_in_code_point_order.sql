-- The 督办总览 orders ids by code point, as Java does, whatever the database's collation: this index lets the default
-- first page of a province's ledger be read from the index instead of sorting every standing.
create index commitment_standing_code_point on commitment_standing (commitment_id collate "C");
