-- The effect of IdempotentConsumerTest's consumer: one row per application of an event.
create table consumed_effect (
  id       bigserial primary key,
  event_id uuid not null,
  value    text not null
);
