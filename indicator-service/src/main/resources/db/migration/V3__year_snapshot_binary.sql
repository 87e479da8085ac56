-- The computed year is stored in a compact binary form (snapshot/YearResultCodec): about a
-- quarter of the JSON, written and read several times faster. Rows stored before keep their JSON
-- in "result" and are still read; a recompute rewrites them in the new form. The binary is
-- already dense, so PostgreSQL stores it out of line without compressing it again.
alter table year_snapshot add column result_binary bytea;
alter table year_snapshot alter column result drop not null;
alter table year_snapshot alter column result_binary set storage external;
alter table year_snapshot add constraint year_snapshot_has_result check (result is not null or result_binary is not null);
