-- Later collection years' re-referrals and repeat plans are derived again when an earlier year's
-- return of the LA is accepted (or replaced): that needs each stored plan's NumberOfPreviousCPP,
-- and a revision per derivation of the same return version.
-- Plans stored before this migration have no previous_cpp: a re-derivation counts them as a
-- second plan only when an earlier plan of the child is known (history holds no real data yet).
alter table measures_child_plan add column previous_cpp int;
alter table cin_measures add column revision int not null default 0;
