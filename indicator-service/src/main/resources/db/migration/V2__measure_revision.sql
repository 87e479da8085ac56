-- Measures derived again from the same return version (after an earlier year's return of the LA
-- changed their history) carry a revision; the latest (source_version, source_revision) is kept.
alter table measure_set add column source_revision int not null default 0;
