-- Child-level rows are written by one code path only (ReturnWriter, MeasureHistoryRepository), in
-- the transaction that inserts or locks their return, so two checks PostgreSQL ran per row are
-- dropped (measured on a 10,000-child return: the foreign-key trigger doubled the COPY time of
-- cin_child, 250 -> 500 ms; see docs/benchmarks/ingestion-service.md).
--  * cin_child.return_id -> cin_return: nothing deletes returns; a rejected version's children are
--    deleted explicitly by ReturnWriter.
--  * measures_child_referral_lookup: history is read by (la_code, collection_year < y,
--    referral_date >= d), which the primary key (la_code, collection_year, ...) serves.
alter table cin_child drop constraint if exists cin_child_return_id_fkey;
drop index if exists measures_child_referral_lookup;
