-- publication-service: publications, data sets, immutable data set versions and their files.
create table publication (
  id          text primary key,
  title       text not null,
  summary     text not null,
  theme       text not null,
  licence     text not null
);

create table data_set (
  id             text primary key,
  publication_id text not null references publication (id),
  title          text not null,
  summary        text not null
);

create table data_set_version (
  id               bigserial primary key,
  data_set_id      text        not null references data_set (id),
  version          text        not null,
  major            int         not null,
  minor            int         not null,
  patch            int         not null,
  status           text        not null check (status in ('Draft', 'Scheduled', 'Published', 'Deprecated', 'Withdrawn')),
  created_at       timestamptz not null,
  updated_at       timestamptz not null,
  published_at     timestamptz,
  scheduled_for    timestamptz,
  content_hash     text        not null,
  based_on         text,
  notice           text,
  status_reason    text,
  superseded_by    text,
  row_count        int         not null,
  unique (data_set_id, version)
);
-- at most one draft per data set: a new snapshot replaces it
create unique index data_set_version_one_draft on data_set_version (data_set_id) where status = 'Draft';

-- rendered files, written once when the version is created (drafts: replaced with the draft)
create table data_set_version_file (
  version_id  bigint not null references data_set_version (id) on delete cascade,
  kind        text   not null,
  media_type  text   not null,
  sha256      text   not null,
  bytes       bytea  not null,
  primary key (version_id, kind)
);

-- latest revision of each LA's public local measures for a period (from local-evidence-service)
create table local_measure_submission (
  la_code     text        not null,
  period      text        not null,
  old_la_code text,
  revision    bigint      not null,
  measures    text        not null,
  received_at timestamptz not null default now(),
  primary key (la_code, period)
);

insert into publication (id, title, summary, theme, licence) values
  ('childrens-safeguarding-performance', 'Children''s safeguarding performance information',
   'Indicators of children''s social care and safeguarding performance for England, its regions and local authorities: referrals, assessments, section 47 enquiries, child protection plans, children in need and the social care workforce, from 2015-16, with confidence intervals and benchmark comparisons; and the local measures that authorities choose to publish.',
   'Children''s social care', 'http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');

insert into data_set (id, publication_id, title, summary) values
  ('safeguarding-indicators', 'childrens-safeguarding-performance', 'Safeguarding performance indicators',
   'Every catalogue indicator for England, regions and local authorities by collection year, from 2015-16 (historical series from DfE published statistics) to the latest Children in Need census, after disclosure control.'),
  ('local-measures', 'childrens-safeguarding-performance', 'Local measures published by local authorities',
   'Measures that local authorities collect to answer their own safeguarding questions (for example surveys of children and families) and have chosen to publish, as aggregates after disclosure control.');
