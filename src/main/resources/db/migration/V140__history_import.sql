-- Import of historical records (inläsning av historik), issue 14.

-- History: an imported record's entry says so (action IMPORTED; the file's name and SHA-256 in the reason).
alter table history_entry drop constraint history_entry_action_valid;
alter table history_entry add constraint history_entry_action_valid
    check (action in ('CREATED', 'UPDATED', 'DELETED', 'IMPORTED'));

-- Module imports: one row per import that was applied (who, when, which file, what it did).
create table import_run (
    id           bigint generated always as identity primary key,
    kind         varchar(60)  not null,
    file_name    varchar(255) not null,
    sha256       char(64)     not null,
    username     varchar(100) not null,
    imported_at  timestamptz  not null,
    row_count    integer      not null,
    created      integer      not null,
    updated      integer      not null,
    unchanged    integer      not null
);
create index import_run_kind_idx on import_run (kind, imported_at desc);

-- Module deviation: the source system's id of an imported deviation (idempotence: one record per source id),
-- and the workflow dates the steps did not keep (assigned, investigation started).
alter table deviation add column source_system varchar(60);
alter table deviation add column source_id varchar(100);
alter table deviation add column assigned_on date;
alter table deviation add column investigation_started_on date;
alter table deviation add constraint deviation_source_unique unique (source_system, source_id);
