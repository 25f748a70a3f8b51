-- Change history (Historik, module history): who changed what on which record, when, why.
create table history_entry (
    id           bigint generated always as identity primary key,
    record_type  varchar(60)  not null,
    record_id    varchar(60)  not null,
    action       varchar(10)  not null,
    changed_at   timestamptz  not null default now(),
    username     varchar(100) not null,
    reason       varchar(1000),
    constraint history_entry_action_valid check (action in ('CREATED', 'UPDATED', 'DELETED'))
);
create index history_entry_record_idx on history_entry (record_type, record_id, changed_at);

create table history_change (
    id             bigint generated always as identity primary key,
    entry_id       bigint       not null references history_entry (id),
    field          varchar(100) not null,
    before_value   text,
    after_value    text
);
create index history_change_entry_idx on history_change (entry_id);

-- History is evidence as well: no one edits or removes it through the database either.
create function history_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'history is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger history_entry_no_change before update or delete on history_entry
    for each row execute function history_refuse_change();
create trigger history_change_no_change before update or delete on history_change
    for each row execute function history_refuse_change();
