-- Indicator values travel as IndicatorsChanged events: a year's snapshot, then only what changed.
-- When the year's last snapshot event was written, so that a new one is written after
-- indicators.events.snapshot-after (a consumer that lost its place in the chain, e.g. one that
-- started after the topic's retention dropped the year's first snapshot, is current again by then).
alter table year_snapshot add column snapshot_event_at timestamptz;
