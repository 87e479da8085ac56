-- issue 4: aggregate measures, the child-level history they need, workforce returns and population.

-- One random salt per installation, generated here so no secret lives in the repository. Child keys
-- are HMAC-SHA256(salt, LA code + LAchildID): stable across returns, useless outside this database.
create table measures_key_salt (
  id   int   primary key check (id = 1),
  salt bytea not null
);
insert into measures_key_salt (id, salt) values (1, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));

-- Minimal child-level history for re-referrals and repeat plans. Never leaves ingestion-service.
-- Rows for (la_code, collection_year) are replaced when a newer version of that return is accepted.
create table measures_child_referral (
  la_code         text not null,
  collection_year int  not null,
  child_key       text not null,
  referral_date   date not null,
  primary key (la_code, collection_year, child_key, referral_date)
);
create index measures_child_referral_lookup on measures_child_referral (la_code, referral_date);

create table measures_child_plan (
  la_code         text not null,
  collection_year int  not null,
  child_key       text not null,
  start_date      date not null,
  end_date        date,
  primary key (la_code, collection_year, child_key, start_date)
);

-- Aggregates computed from each accepted CIN return version (what the MeasuresComputed event carried).
create table cin_measures (
  return_id       uuid        primary key,
  la_code         text        not null,
  collection_year int         not null,
  version         int         not null,
  content_hash    text        not null,
  event_id        uuid        not null,
  counts          text        not null,
  distributions   text        not null,
  computed_at     timestamptz not null default now()
);
create index cin_measures_la_year on cin_measures (la_code, collection_year, version desc);

-- Workforce returns: one version per accepted submission that changed the figures.
create table workforce_return (
  id                     uuid          primary key,
  la_code                text          not null,
  collection_year        int           not null,
  version                int           not null,
  content_hash           text          not null,
  social_workers_fte     numeric(12,2) not null,
  vacancies_fte          numeric(12,2) not null,
  leavers_fte            numeric(12,2) not null,
  agency_fte             numeric(12,2) not null,
  absence_days           numeric(12,2) not null,
  working_days_available numeric(14,2) not null,
  cases_held             int           not null,
  submitted_by           text          not null,
  submitted_at           timestamptz   not null default now(),
  unique (la_code, collection_year, version)
);

-- Other-source reference data: ONS mid-year population aged 0-17 per LA and collection year.
create table population_upload (
  id              uuid        primary key,
  collection_year int         not null,
  source          text        not null,
  content_hash    text        not null,
  uploaded_by     text        not null,
  uploaded_at     timestamptz not null default now()
);

create table population_value (
  upload_id         uuid    not null references population_upload (id),
  la_code           text    not null,
  collection_year   int     not null,
  version           int     not null,
  population_0_to_17 bigint not null,
  primary key (la_code, collection_year, version)
);
