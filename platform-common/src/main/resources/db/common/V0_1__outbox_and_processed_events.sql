-- Shared by every service: the transactional outbox and the idempotent-consumer ledger.
create table outbox (
  id          bigserial primary key,
  event_id    uuid        not null unique,
  topic       text        not null,
  event_key   text        not null,
  event_type  text        not null,
  payload     text        not null,
  created_at  timestamptz not null default now(),
  sent_at     timestamptz
);
create index outbox_unsent on outbox (id) where sent_at is null;

create table processed_event (
  event_id     uuid        primary key,
  topic        text        not null,
  processed_at timestamptz not null default now()
);
