-- Issue 16: notifications. A notice tells a person of something that concerns them (a deviation reported to their
-- unit, an assignment, a case awaiting the committee's decision); it is shown on their start page and e-mailed,
-- at once or in the person's daily digest (their choice).
create table notice (
    id                 bigint generated always as identity primary key,
    recipient_username varchar(100)  not null,
    message_key        varchar(200)  not null,
    args               varchar(2000) not null,
    path               varchar(500)  not null,
    created_at         timestamptz   not null,
    mailed_at          timestamptz
);
create index notice_recipient_idx on notice (recipient_username, created_at);
create index notice_unmailed_idx on notice (recipient_username) where mailed_at is null;

create table notice_preference (
    username     varchar(100) primary key,
    daily_digest boolean      not null
);
