-- Issue 18: surveys (enkäter) that count every answer, including the missing ones.
create table survey (
    id            bigint generated always as identity primary key,
    unit_id       bigint        not null references org_unit (id),
    title         varchar(300)  not null,
    intro         varchar(4000),
    anonymous     boolean       not null,
    min_group     integer       not null default 5,
    closes_on     date          not null,
    reminder_days integer       not null default 3,
    plan_item_id  bigint,
    status        varchar(20)   not null default 'DRAFT',
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null,
    sent_at       timestamptz,
    version       integer       not null default 0,
    constraint survey_status_valid check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint survey_min_group_positive check (min_group between 1 and 100),
    constraint survey_reminder_days_valid check (reminder_days between 0 and 60)
);
create index survey_unit_idx on survey (unit_id);

create table survey_question (
    id                   bigint generated always as identity primary key,
    survey_id            bigint        not null references survey (id),
    position             integer       not null,
    kind                 varchar(20)   not null,
    text                 varchar(1000) not null,
    choices              text[]        not null default '{}',
    required             boolean       not null default false,
    condition_question   bigint references survey_question (id),
    condition_answer     varchar(300),
    constraint survey_question_kind_valid check (kind in ('YES_NO', 'SINGLE', 'MULTIPLE', 'SCALE', 'NUMBER', 'TEXT')),
    constraint survey_question_position_unique unique (survey_id, position),
    constraint survey_question_condition_whole check ((condition_question is null) = (condition_answer is null))
);

-- One row per person asked. The personal link's token is never stored, only its SHA-256 (the invitation's and,
-- after a reminder, the reminder's). In anonymous mode the moment of answering is not kept either.
create table survey_recipient (
    id                  bigint generated always as identity primary key,
    survey_id           bigint        not null references survey (id),
    person_id           bigint references person (id),
    email               varchar(200)  not null,
    unit_id             bigint        not null references org_unit (id),
    token_hash          bytea unique,
    reminder_token_hash bytea unique,
    answered            boolean       not null default false,
    answered_at         timestamptz,
    reminded_at         timestamptz,
    constraint survey_recipient_once unique (survey_id, email)
);
create index survey_recipient_survey_idx on survey_recipient (survey_id);

-- One submitted questionnaire. recipient_id is null in anonymous mode: nothing ties the answers to a person;
-- unit_id is the group the recipient was asked in (for the breakdown, shown only for groups of min_group or more).
create table survey_response (
    id            bigint generated always as identity primary key,
    survey_id     bigint        not null references survey (id),
    recipient_id  bigint references survey_recipient (id),
    unit_id       bigint        not null references org_unit (id),
    submitted_on  date          not null,
    constraint survey_response_one_per_recipient unique (recipient_id)
);
create index survey_response_survey_idx on survey_response (survey_id);

create table survey_answer (
    response_id  bigint        not null references survey_response (id),
    question_id  bigint        not null references survey_question (id),
    choices      text[]        not null default '{}',
    number       numeric(14, 2),
    text         varchar(4000),
    primary key (response_id, question_id)
);

-- Figures of surveys run elsewhere (the brukarundersökning, paper, national surveys): offered and answered per
-- series, year and area, and optionally the count of one answer to one question.
create table survey_external_figure (
    id          bigint generated always as identity primary key,
    series      varchar(200)  not null,
    year        integer       not null,
    area        varchar(200)  not null,
    question    varchar(1000) not null default '',
    answer      varchar(300)  not null default '',
    offered     integer,
    answered    integer       not null,
    imported_by varchar(100)  not null,
    imported_at timestamptz   not null,
    file_sha256 varchar(64)   not null,
    constraint survey_external_figure_key unique (series, year, area, question, answer),
    constraint survey_external_figure_counts check (answered >= 0 and (offered is null or offered >= answered))
);
