-- Module plan: tertial follow-up (uppföljning). When each period's reports are due (data, editable),
-- the coordinator's "klar för nämnden" per plan and period, and the e-mail reminders already sent.

create table follow_up_deadline (
    period       varchar(10) primary key check (period in ('T1', 'T2', 'ANNUAL')),
    due_month    int         not null check (due_month between 1 and 12),
    due_day      int         not null check (due_day between 1 and 31),
    years_after  int         not null default 0 check (years_after between 0 and 1)
);
insert into follow_up_deadline (period, due_month, due_day, years_after) values
    ('T1', 5, 15, 0),
    ('T2', 9, 15, 0),
    ('ANNUAL', 1, 31, 1);

create table follow_up (
    id               bigint generated always as identity primary key,
    plan_id          bigint       not null references plan (id),
    period           varchar(10)  not null check (period in ('T1', 'T2', 'ANNUAL')),
    ready_at         timestamp with time zone,
    ready_by         varchar(100),
    override_reason  text,
    unique (plan_id, period)
);

-- Each reminder is sent once: the responsible person's before the due date (per item), the coordinator's
-- notice of overdue items (per follow-up, item_id empty).
create table follow_up_reminder (
    id           bigint generated always as identity primary key,
    kind         varchar(20)  not null check (kind in ('BEFORE_DUE', 'OVERDUE')),
    plan_id      bigint       not null references plan (id),
    period       varchar(10)  not null check (period in ('T1', 'T2', 'ANNUAL')),
    item_id      bigint       references plan_item (id),
    person_id    bigint       not null references person (id),
    due_on       date         not null,
    email        varchar(200) not null,
    sent_at      timestamp with time zone not null default now(),
    unique nulls not distinct (kind, plan_id, period, item_id, person_id, due_on)
);
