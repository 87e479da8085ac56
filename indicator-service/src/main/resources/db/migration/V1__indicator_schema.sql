-- Latest aggregate measures per LA, collection year and source (never child-level data).
create table measure_set (
  id              bigserial primary key,
  la_code         text        not null,
  old_la_code     text,
  collection_year integer     not null,
  source          text        not null,
  source_id       text,
  source_version  integer     not null,
  content_hash    text,
  event_id        uuid        not null,
  counts          text        not null,
  distributions   text        not null,
  received_at     timestamptz not null default now(),
  unique (la_code, collection_year, source)
);
create index measure_set_year on measure_set (collection_year);

-- Years whose measures changed since their last snapshot; generation detects changes during a recompute.
create sequence dirty_generation;
create table dirty_year (
  collection_year integer primary key,
  generation      bigint      not null,
  marked_at       timestamptz not null default now()
);

-- The latest computed snapshot per collection year: every value, model fits, and its content hash.
create table year_snapshot (
  collection_year integer primary key,
  content_hash    text        not null,
  event_id        uuid        not null,
  computed_at     timestamptz not null,
  result          text        not null
);
