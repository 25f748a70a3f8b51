-- Module deviation: deviations (avvikelser) of every kind, their configurable category lists,
-- links to other modules' records, pattern notes, and the SOSFS registers of risk analyses and
-- self-inspections. Units are referred to by id only (module org owns them).

create table deviation_category (
    id          bigserial primary key,
    list        varchar(10)  not null,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    active      boolean      not null default true,
    constraint deviation_category_list_valid check (list in ('AREA', 'CAUSE', 'MEASURE')),
    constraint deviation_category_code_unique unique (list, code)
);

insert into deviation_category (list, code, name) values
    ('AREA', 'DOKUMENTATION', 'Dokumentation och handläggning'),
    ('AREA', 'SAMORDNING', 'Samordning'),
    ('AREA', 'SEKRETESS', 'Sekretess'),
    ('AREA', 'BEMOTANDE', 'Bemötande'),
    ('AREA', 'TILLGANGLIGHET', 'Tillgänglighet'),
    ('AREA', 'INSATS', 'Utförande av insats'),
    ('AREA', 'BESLUT', 'Missnöje med beslut'),
    ('CAUSE', 'RUTIN_SAKNAS', 'Rutin saknas eller är otydlig'),
    ('CAUSE', 'RUTIN_EJ_FOLJD', 'Rutin har inte följts'),
    ('CAUSE', 'KOMMUNIKATION', 'Brister i kommunikation'),
    ('CAUSE', 'OVERLAMNING', 'Frånvaro eller överlämning'),
    ('CAUSE', 'RESURSER', 'Hög arbetsbelastning'),
    ('MEASURE', 'RUTIN_JUSTERAD', 'Rutin justerad eller ny rutin'),
    ('MEASURE', 'INFORMATION', 'Information om rutin'),
    ('MEASURE', 'ARBETSLEDNING', 'Arbetsledning och arbetsfördelning'),
    ('MEASURE', 'FORTBILDNING', 'Fortbildning'),
    ('MEASURE', 'UPPFOLJNING', 'Ändrad uppföljning av ärenden');

create sequence deviation_case_number_seq;

create table deviation (
    id                    bigserial primary key,
    case_number           varchar(20)  not null,
    kind                  varchar(30)  not null,
    status                varchar(30)  not null,
    unit_id               bigint       not null,
    area_unit_id          bigint,
    title                 varchar(200) not null,
    description           text         not null,
    occurred_on           date,
    received_on           date         not null,
    reporter_kind         varchar(20)  not null,
    reporter_name         varchar(200),
    reporter_contact      varchar(200),
    reported_by           varchar(100),
    concerned_person      varchar(200),
    confidential          boolean      not null,
    area_category_id      bigint references deviation_category (id),
    cause_category_id     bigint references deviation_category (id),
    measure_category_id   bigint references deviation_category (id),
    assigned_username     varchar(100),
    due_on                date,
    immediate_action      text,
    immediate_action_by   varchar(100),
    immediate_action_on   date,
    investigation         text,
    investigated_by       varchar(100),
    investigated_on       date,
    assessment            varchar(20),
    serious               boolean,
    decision              text,
    decision_body         varchar(20),
    decided_by            varchar(100),
    decided_on            date,
    ivo_notified_on       date,
    ivo_notification      text,
    ivo_reply             varchar(30),
    ivo_replied_on        date,
    measures              text,
    outcome               text,
    closed_on             date,
    submission_token      varchar(64),
    version               integer      not null default 0,
    created_at            timestamptz  not null default now(),
    constraint deviation_case_number_unique unique (case_number),
    constraint deviation_submission_token_unique unique (submission_token),
    constraint deviation_kind_valid check (kind in ('EXTERNAL_COMPLAINT', 'EXTERNAL_SUGGESTION', 'STAFF_COMPLAINT',
        'STAFF_SUGGESTION', 'QUALITY', 'LEX_SARAH')),
    constraint deviation_assessment_valid check (assessment is null or assessment in ('MALADMINISTRATION', 'CLEAR_RISK', 'NONE')),
    constraint deviation_decision_body_valid check (decision_body is null or decision_body in ('WORKING_COMMITTEE', 'CHAIR')),
    constraint deviation_ivo_reply_valid check (ivo_reply is null or ivo_reply in ('CLOSED', 'AWAITING_INVESTIGATION'))
);

-- The list: newest first within the readable units (keyset paging on received_on, id).
create index deviation_received_idx on deviation (received_on desc, id desc);
create index deviation_unit_received_idx on deviation (unit_id, received_on desc, id desc);
create index deviation_kind_received_idx on deviation (kind, received_on desc, id desc);
-- Open work of one person (Mina uppgifter).
create index deviation_assigned_open_idx on deviation (assigned_username) where status <> 'CLOSED';
-- Statistics: counts per year, kind, operational area and category, read from the index alone.
create index deviation_statistics_idx on deviation (received_on, kind, area_unit_id, area_category_id, unit_id);
-- The lex Sarah figures: decisions and notifications to IVO per year.
create index deviation_lex_sarah_decided_idx on deviation (decided_on) where kind = 'LEX_SARAH';
create index deviation_lex_sarah_ivo_idx on deviation (ivo_notified_on) where kind = 'LEX_SARAH';

create table deviation_link (
    deviation_id  bigint      not null references deviation (id),
    record_type   varchar(40) not null,
    record_id     varchar(60) not null,
    primary key (deviation_id, record_type, record_id)
);

-- Where the public e-service lets a person direct a complaint (usually the operational areas).
create table deviation_public_unit (
    unit_id   bigint       primary key,
    label     varchar(200) not null,
    position  integer      not null
);

-- The quality network's note on a recurring category in a year, and the risk it was proposed as.
create table deviation_pattern (
    id                bigserial primary key,
    year              integer      not null,
    category_id       bigint       not null references deviation_category (id),
    annotation        text,
    proposed_risk_id  bigint,
    proposed_by       varchar(100),
    version           integer      not null default 0,
    constraint deviation_pattern_unique unique (year, category_id)
);

-- Bilaga 1: risk analyses under SOSFS 2011:9 before changes.
create table sosfs_risk_analysis (
    id                   bigserial primary key,
    year                 integer      not null,
    unit_id              bigint       not null,
    area_unit_id         bigint,
    analysis             varchar(500) not null,
    place                varchar(500) not null,
    improvement_actions  text,
    processes_improved   text,
    version              integer      not null default 0
);
create index sosfs_risk_analysis_year_idx on sosfs_risk_analysis (year, area_unit_id);

-- Bilaga 2: self-inspections (egenkontroller).
create table self_inspection (
    id                   bigserial primary key,
    year                 integer      not null,
    unit_id              bigint       not null,
    area_unit_id         bigint,
    inspection           varchar(500) not null,
    place                varchar(500) not null,
    result               text         not null,
    improvement_actions  text,
    processes_improved   text,
    source               varchar(60),
    version              integer      not null default 0
);
create index self_inspection_year_idx on self_inspection (year, area_unit_id);
