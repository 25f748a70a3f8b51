-- Issue 13: a placement records why and by whom it was granted; the roles that open confidential records
-- (privileged roles) need the reason, and the person and their manager get a notice on their start page.
alter table placement add column grant_reason varchar(2000);
alter table placement add column granted_by varchar(100);

create table grant_notice (
    id           bigint generated always as identity primary key,
    placement_id bigint      not null references placement (id),
    recipient_id bigint      not null references person (id),
    created_at   timestamptz not null default now()
);
create index grant_notice_recipient_idx on grant_notice (recipient_id, created_at);
