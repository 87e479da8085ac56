-- Shared by every service: the append-only audit log of submissions, publications, withdrawals and
-- evidence changes (who, what, when). Rows are inserted by AuditLog.record inside the business
-- transaction; the triggers below refuse every UPDATE, DELETE and TRUNCATE, so history cannot be
-- rewritten through the application's database role.
create table audit_event (
  id           bigserial   primary key,
  occurred_at  timestamptz not null default now(),
  actor        text        not null check (length(actor) between 1 and 200),
  action       text        not null check (action ~ '^[A-Z][A-Z0-9_]{0,63}$'),
  subject_type text        not null check (subject_type ~ '^[a-z][a-z0-9-]{0,63}$'),
  subject_id   text        not null check (length(subject_id) between 1 and 200),
  detail       text                 check (detail is null or length(detail) <= 2000)
);
create index audit_event_subject on audit_event (subject_type, subject_id);
create index audit_event_action on audit_event (action, id);

create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
  before update or delete on audit_event
  for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_append_only();
