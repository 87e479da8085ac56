-- Indicator values arrive as IndicatorsChanged events: a collection year's snapshot, then only the
-- values that changed. Disclosure control needs the whole year (secondary suppression looks
-- across every LA of a region), so the unsuppressed values each event leaves are kept here, one
-- row per indicator and area, and an event changes only its own rows. Never published as such:
-- only what DisclosureControl makes of them reaches a data set version. Aggregates only.
create table indicator_year (
  collection_year int         primary key,
  content_hash    text,
  definitions     text,
  event_id        uuid,
  updated_at      timestamptz not null default now()
);

create table indicator_year_value (
  collection_year int  not null references indicator_year (collection_year),
  indicator_id    text not null,
  area_code       text not null,
  value           text not null,
  primary key (collection_year, indicator_id, area_code)
);
