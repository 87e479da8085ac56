-- issue 3: CIN census returns, their versions, findings and child-level records.
-- Child-level data (cin_child, cin_return_issue.la_child_id) never leaves this database.

create table cin_return (
  id                   uuid         primary key,
  la_code              varchar(3)   not null,
  la_gss_code          varchar(9),
  collection_year      integer      not null,
  -- assigned when the return is complete; null only inside the submitting transaction
  version              integer,
  status               varchar(10)  not null check (status in ('RECEIVING', 'ACCEPTED', 'REJECTED')),
  children             integer      not null default 0,
  errors               bigint       not null default 0,
  queries              bigint       not null default 0,
  return_level_errors  bigint       not null default 0,
  return_level_queries bigint       not null default 0,
  -- SHA-256 of the decompressed XML
  content_hash         varchar(64),
  idempotency_key      varchar(200),
  submitted_by         varchar(200),
  received_at          timestamptz  not null,
  completed_at         timestamptz,
  constraint cin_return_version_uq unique (la_code, collection_year, version),
  constraint cin_return_content_uq unique (la_code, collection_year, content_hash),
  constraint cin_return_idempotency_uq unique (la_code, idempotency_key)
);
create index cin_return_year_idx on cin_return (collection_year, la_code, version);

-- Every finding of a return: child-level (la_child_id, line) or whole-return (both null).
create table cin_return_issue (
  return_id   uuid         not null references cin_return (id) on delete cascade,
  seq         integer      not null,
  rule_code   varchar(8)   not null,
  la_child_id text,
  line        integer,
  path        text,
  field       varchar(64),
  value       text,
  primary key (return_id, seq)
);

create table cin_return_rule_count (
  return_id uuid       not null references cin_return (id) on delete cascade,
  rule_code varchar(8) not null,
  findings  bigint     not null,
  primary key (return_id, rule_code)
);

-- The children of accepted returns, as parsed (JSON of the CinChild record).
create table cin_child (
  return_id   uuid    not null references cin_return (id) on delete cascade,
  seq         integer not null,
  la_child_id text,
  line        integer not null,
  record      jsonb   not null,
  primary key (return_id, seq)
);
