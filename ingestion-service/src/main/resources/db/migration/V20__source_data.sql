-- issue 4: other-source data uploaded by data stewards (PUT /v1/source-data/{dataset}/{period}).
-- Counts with their denominators, never rates. Population aged 0-17 (V10's population_* tables)
-- becomes the dataset 'ons-population-0-17' here, keeping its per-LA versions, so that the
-- versions downstream consumers already hold stay comparable.

-- One row per stored version of a dataset and period: the file as uploaded, with its provenance.
create table source_data_upload (
  id              uuid        primary key,
  dataset         text        not null,
  period          text        not null,
  collection_year int         not null,
  version         int         not null,
  content_hash    text        not null,
  source          text        not null,
  release         text,
  licence         text,
  url             text,
  uploaded_by     text        not null,
  uploaded_at     timestamptz not null default now(),
  areas           int         not null,
  changed         int         not null,
  unique (dataset, period, version)
);

-- The values of each version. area_version counts the changes of one area's value within the
-- dataset and period: it is the sourceVersion of the area's MeasuresComputed event.
create table source_data_value (
  upload_id    uuid   not null references source_data_upload (id),
  dataset      text   not null,
  period       text   not null,
  la_code      text   not null,
  area_version int    not null,
  numerator    bigint not null,
  denominator  bigint,
  primary key (upload_id, la_code)
);
create index source_data_value_area on source_data_value (dataset, period, la_code, area_version desc);

-- Population uploads so far: one version per upload (in upload order) holding every LA's latest
-- value as of that upload; the mid-year estimate of collection year Y is mid-(Y-1).
insert into source_data_upload (id, dataset, period, collection_year, version, content_hash, source, uploaded_by, uploaded_at, areas, changed)
select u.id, 'ons-population-0-17', (u.collection_year - 1)::text, u.collection_year,
       row_number() over (partition by u.collection_year order by u.uploaded_at, u.id),
       u.content_hash, u.source, u.uploaded_by, u.uploaded_at, 0,
       (select count(*) from population_value v where v.upload_id = u.id)
from population_upload u;

insert into source_data_value (upload_id, dataset, period, la_code, area_version, numerator, denominator)
select s.id, s.dataset, s.period, latest.la_code, latest.version, latest.population_0_to_17, null
from source_data_upload s
cross join lateral (
  select distinct on (v.la_code) v.la_code, v.version, v.population_0_to_17
  from population_value v
  join source_data_upload s2 on s2.id = v.upload_id
  where s2.dataset = s.dataset and s2.period = s.period and s2.version <= s.version
  order by v.la_code, s2.version desc) latest;

update source_data_upload s set areas = (select count(*) from source_data_value v where v.upload_id = s.id);

drop table population_value;
drop table population_upload;
