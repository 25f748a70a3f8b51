-- Documents out (module report): frozen versions of rendered documents ("Skicka till nämnd").
-- A snapshot belongs to an owner record of any module (owner_type + owner_id, e.g. plan.plan 12 or
-- audit.response 3) and is readable by whoever reads its owning unit (the committee) or a unit below.
-- Snapshots are never changed or removed: the trigger below refuses it.
create table report_snapshot (
    id              bigint generated always as identity primary key,
    owner_type      varchar(60)  not null,
    owner_id        bigint       not null,
    owning_unit_id  bigint       not null references org_unit (id),
    kind            varchar(60)  not null,
    label           varchar(300) not null,
    version_no      integer      not null,
    format          varchar(10)  not null,
    file_name       varchar(300) not null,
    content_type    varchar(200) not null,
    content         bytea        not null,
    size_bytes      integer      not null,
    sha256          char(64)     not null,
    source_json     text         not null,
    diary_number    varchar(100),
    made_by         varchar(100) not null,
    made_at         timestamptz  not null,
    constraint report_snapshot_format_check check (format in ('HTML', 'PDF', 'DOCX')),
    constraint report_snapshot_version_unique unique (owner_type, owner_id, kind, format, version_no)
);
create index report_snapshot_owner_idx on report_snapshot (owner_type, owner_id);

create function report_snapshot_frozen() returns trigger language plpgsql as $$
begin
    raise exception 'report_snapshot % is frozen and cannot be changed or removed', old.id;
end;
$$;

create trigger report_snapshot_frozen before update or delete on report_snapshot
    for each row execute function report_snapshot_frozen();
