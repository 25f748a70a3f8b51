-- Placements become their own aggregate (module org) with optimistic locking, like units and
-- people; the natural key used by import is (person, unit, role, valid_from).
alter table placement add column version integer not null default 0;
alter table placement add constraint placement_natural_key unique (person_id, unit_id, role, valid_from);
