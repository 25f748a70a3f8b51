-- Module check: populations, reproducible samples, checklists, log follow-up, the annual wheel.

create table check_population (
    id           bigint generated always as identity primary key,
    name         varchar(200) not null,
    unit_id      bigint       not null,
    file_name    varchar(300) not null,
    checksum     char(64)     not null,
    row_count    integer      not null,
    imported_by  varchar(100) not null,
    imported_at  timestamptz  not null default now(),
    version      integer      not null default 0
);

-- One record of a population: the mapped columns only (key, stratum, label, dates).
create table check_population_row (
    population_id bigint       not null references check_population (id) on delete cascade,
    row_number    integer      not null,
    case_key      varchar(200) not null,
    stratum       varchar(200),
    label         varchar(500),
    started_on    date,
    completed_on  date,
    extended_on   date,
    received_at   timestamp,
    answered_at   timestamp,
    primary key (population_id, row_number)
);

create table check_sample (
    id                   bigint generated always as identity primary key,
    population_id        bigint       not null references check_population (id),
    seed                 bigint       not null,
    method               varchar(20)  not null,
    amount               integer      not null,
    stratified           boolean      not null,
    population_checksum  char(64)     not null,
    drawn_by             varchar(100) not null,
    drawn_at             timestamptz  not null default now()
);

create table check_sample_case (
    sample_id  bigint       not null references check_sample (id) on delete cascade,
    position   integer      not null,
    case_key   varchar(200) not null,
    stratum    varchar(200),
    primary key (sample_id, position)
);

create table check_checklist (
    id            bigint generated always as identity primary key,
    sample_id     bigint       not null references check_sample (id),
    plan_item_id  bigint,
    title         varchar(300) not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null default now(),
    version       integer      not null default 0
);

create table check_question (
    id            bigint generated always as identity primary key,
    checklist_id  bigint        not null references check_checklist (id) on delete cascade,
    position      integer       not null,
    text          varchar(500)  not null
);

create table check_answer (
    question_id  bigint       not null references check_question (id) on delete cascade,
    case_key     varchar(200) not null,
    answer       varchar(20)  not null,
    comment      varchar(1000),
    answered_by  varchar(100) not null,
    answered_at  timestamptz  not null default now(),
    primary key (question_id, case_key)
);

-- Systematisk logguppföljning of Vaksam's own access log: a month's 10 % sample of readers.
create table check_log_review (
    id               bigint generated always as identity primary key,
    unit_id          bigint       not null,
    period_from      date         not null,
    period_to        date         not null,
    seed             bigint       not null,
    percent          integer      not null,
    readers_checksum char(64)     not null,
    diary_number     varchar(60),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null default now(),
    version          integer      not null default 0
);

create table check_log_review_user (
    review_id    bigint        not null references check_log_review (id) on delete cascade,
    username     varchar(100)  not null,
    outcome      varchar(20),
    comment      varchar(1000),
    reviewed_by  varchar(100),
    reviewed_at  timestamptz,
    primary key (review_id, username)
);

-- Register of log checks (loggkontroller), in Vaksam and in other systems (Lifecare, Journal Digital).
create table check_log_check (
    id            bigint generated always as identity primary key,
    system_name   varchar(100) not null,
    unit_id       bigint       not null,
    period_from   date         not null,
    period_to     date         not null,
    result        varchar(1000) not null,
    diary_number  varchar(60)  not null,
    log_review_id bigint references check_log_review (id),
    registered_by varchar(100) not null,
    registered_at timestamptz  not null default now()
);
create index check_log_check_period_idx on check_log_check (period_from);

-- Årshjul: recurring duties and their completions.
create table check_duty (
    id              bigint generated always as identity primary key,
    title           varchar(300) not null,
    rule            varchar(20)  not null,
    day_of_month    integer      not null,
    month_of_year   integer,
    days_before     integer      not null default 0,
    target_role     varchar(40)  not null,
    unit_id         bigint       not null,
    self_inspection boolean      not null default false,
    active          boolean      not null default true,
    version         integer      not null default 0
);

create table check_duty_completion (
    duty_id       bigint       not null references check_duty (id) on delete cascade,
    due_on        date         not null,
    completed_by  varchar(100) not null,
    completed_at  timestamptz  not null default now(),
    result        varchar(2000),
    primary key (duty_id, due_on)
);

create table check_duty_reminder (
    duty_id    bigint       not null references check_duty (id) on delete cascade,
    due_on     date         not null,
    person_id  bigint       not null,
    sent_at    timestamptz  not null default now(),
    primary key (duty_id, due_on, person_id)
);
