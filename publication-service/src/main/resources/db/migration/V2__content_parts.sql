-- The canonical content of a version, in parts: the indicator metadata ('indicators') and one JSON
-- array of rows per time period ('period/2024-25'), each gzipped with its SHA-256. A new snapshot
-- replaces one period's slice, so a draft rewrites only that part; a new draft starts from a
-- server-side copy of its base version's parts. (Versions created before this migration keep
-- their content in data_set_version_file as 'content.json.gz' and are read from there.)
create table data_set_version_part (
  version_id  bigint not null references data_set_version (id) on delete cascade,
  part        text   not null,
  sha256      text   not null,
  bytes       bytea  not null,
  primary key (version_id, part)
);
-- the bytes are gzipped already: do not let PostgreSQL try to compress them again
alter table data_set_version_part alter column bytes set storage external;
