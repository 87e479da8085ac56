-- local-evidence-service: question catalogue, evidence, self-assessments, sharing, publication.
-- Everything here is aggregate or narrative information about an LA's services; no per-child rows.

-- The question catalogue. A question keeps every wording it ever had (question_version), so
-- evidence recorded against an earlier wording keeps pointing at that wording.
create table question (
  id              text primary key,
  theme           text        not null,
  related_themes  text[]      not null default '{}',
  source_section  text,
  position        int         not null,
  status          text        not null check (status in ('ACTIVE', 'RETIRED')),
  current_version int         not null,
  retired_at      timestamptz,
  retired_reason  text
);

create table question_version (
  question_id text        not null references question (id),
  version     int         not null,
  text        text        not null,
  parts       jsonb       not null default '[]',
  follow_ups  jsonb       not null default '[]',
  source      text        not null,
  change_note text,
  created_at  timestamptz not null default now(),
  created_by  text        not null,
  primary key (question_id, version)
);

-- One row per catalogue change; the catalogue's version is the highest revision.
create table catalogue_change (
  revision    bigserial primary key,
  question_id text        not null references question (id),
  kind        text        not null check (kind in ('SEEDED', 'ADDED', 'REWORDED', 'RETIRED', 'REINSTATED')),
  version     int         not null,
  note        text,
  changed_by  text        not null,
  changed_at  timestamptz not null default now()
);

create table evidence_item (
  id                  uuid primary key,
  la_code             text        not null,
  la_gss_code         text        not null,
  region_code         text        not null,
  question_id         text        not null,
  question_version    int         not null,
  parts               text[]      not null default '{}',
  period              text        not null,
  covered_from        date        not null,
  covered_to          date        not null,
  source_type         text        not null,
  method              text        not null,
  respondents         int,
  findings            text        not null,
  actions_taken       text,
  service_development text,
  owner               text        not null,
  status              text        not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED')),
  visibility          text        not null,
  national_indicators text[]      not null default '{}',
  lines_of_enquiry    text[]      not null default '{}',
  synthetic           boolean     not null default false,
  created_at          timestamptz not null,
  created_by          text        not null,
  updated_at          timestamptz not null,
  updated_by          text        not null,
  row_version         bigint      not null default 0,
  search              tsvector generated always as (
    to_tsvector('english',
      coalesce(method, '') || ' ' || findings || ' ' || coalesce(actions_taken, '') || ' ' ||
      coalesce(service_development, '') || ' ' || owner)) stored,
  foreign key (question_id, question_version) references question_version (question_id, version),
  check (covered_from <= covered_to),
  check (respondents is null or respondents >= 0)
);
create index evidence_item_la_period on evidence_item (la_code, period);
create index evidence_item_question on evidence_item (question_id);
create index evidence_item_search on evidence_item using gin (search);

-- measure ids are unique within an item (checked by the service; a unique index here would
-- trip over Hibernate's in-place list updates).
create table evidence_measure (
  evidence_id uuid    not null references evidence_item (id) on delete cascade,
  position    int     not null,
  measure_id  text    not null,
  title       text    not null,
  numerator   numeric not null,
  denominator numeric not null,
  unit        text    not null,
  is_public   boolean not null,
  primary key (evidence_id, position)
);

create table evidence_status_change (
  id          bigserial primary key,
  evidence_id uuid        not null references evidence_item (id) on delete cascade,
  from_status text,
  to_status   text        not null,
  note        text,
  changed_by  text        not null,
  changed_at  timestamptz not null default now()
);
create index evidence_status_change_item on evidence_status_change (evidence_id);

-- Peer challenge: comments by anyone who may see the record.
create table evidence_comment (
  id              uuid primary key,
  evidence_id     uuid        not null references evidence_item (id) on delete cascade,
  author          text        not null,
  author_la_code  text,
  body            text        not null,
  created_at      timestamptz not null
);
create index evidence_comment_item on evidence_comment (evidence_id, created_at);

-- Self-assessments are never overwritten: each one is a new row, so change over time is visible.
create table self_assessment (
  id          uuid primary key,
  la_code     text        not null,
  la_gss_code text        not null,
  region_code text        not null,
  theme       text        not null,
  period      text        not null,
  rating      text        not null,
  narrative   text        not null,
  visibility  text        not null,
  synthetic   boolean     not null default false,
  created_at  timestamptz not null,
  created_by  text        not null,
  search      tsvector generated always as (to_tsvector('english', narrative)) stored
);
create index self_assessment_la_theme on self_assessment (la_code, theme, created_at);
create index self_assessment_search on self_assessment using gin (search);

-- The last public local-measure set sent per LA and period, so a change bumps the revision.
create table published_local_measures (
  la_code      text        not null,
  period       text        not null,
  revision     bigint      not null,
  measures     jsonb       not null,
  published_at timestamptz not null,
  primary key (la_code, period)
);

-- Regional benchmarking sets, defined by a region's LAs.
create table benchmarking_set (
  id             uuid primary key,
  region_code    text        not null,
  name           text        not null,
  description    text,
  indicators     text[]      not null default '{}',
  local_measures text[]      not null default '{}',
  created_by     text        not null,
  created_by_la  text,
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  unique (region_code, name)
);
