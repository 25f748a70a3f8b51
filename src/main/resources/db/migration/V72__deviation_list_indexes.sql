-- The list of one person's assigned deviations, newest first, closed ones included (the list's "assigned to
-- me" part; the partial index of V70 covers only open ones, so without this the part read the whole table).
create index deviation_assigned_received_idx on deviation (assigned_username, received_on desc, id desc);
-- The list filtered by kind within the readable units (e.g. the lex Sarah reports of an avdelning), one
-- index range per unit and kind.
create index deviation_unit_kind_received_idx on deviation (unit_id, kind, received_on desc, id desc);
-- The lex Sarah figures of the statistics, read from the index alone (replacing V70's plain date indexes).
drop index deviation_lex_sarah_decided_idx;
drop index deviation_lex_sarah_ivo_idx;
create index deviation_lex_sarah_decided_idx on deviation (decided_on) include (assessment, unit_id)
    where kind = 'LEX_SARAH';
create index deviation_lex_sarah_ivo_idx on deviation (ivo_notified_on) include (decision_body, ivo_reply, unit_id)
    where kind = 'LEX_SARAH';
