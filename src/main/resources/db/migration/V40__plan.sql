-- Module plan: the committee's internal-control plan per year (internkontrollplan), its items
-- (direktåtgärder and granskningar, each tied to a risk), result tables, decided changes after
-- adoption, improvement actions (förbättringsåtgärder) and proposals for next year's plan.

create table plan (
    id            bigint generated always as identity primary key,
    committee_id  bigint       not null references org_unit (id),
    year          int          not null,
    status        varchar(20)  not null default 'DRAFT' check (status in ('DRAFT', 'ADOPTED', 'CLOSED')),
    decided_on    date,
    paragraph     varchar(40),
    diary_number  varchar(60),
    adopted_by    varchar(200),
    closed_on     date,
    version       int          not null default 0,
    unique (committee_id, year)
);

create table plan_item (
    id                    bigint generated always as identity primary key,
    plan_id               bigint        not null references plan (id),
    kind                  varchar(20)   not null check (kind in ('DIRECT_ACTION', 'REVIEW')),
    review_kind           varchar(20)   check (review_kind in ('NAMNDENS', 'KOMMUNGEMENSAM')),
    common_review_area_id bigint,
    risk_id               bigint        references risk (id),
    risk_title            varchar(300),
    risk_sentence         text,
    title                 varchar(300)  not null,
    responsible_unit_id   bigint        not null references org_unit (id),
    responsible_person_id bigint        references person (id),
    period                varchar(10)   not null check (period in ('T1', 'T2', 'ANNUAL')),
    origin                varchar(20)   not null check (origin in ('RISK_ANALYSIS', 'PROPOSAL', 'COMMON_REVIEW', 'MANUAL')),
    proposal_id           bigint,
    position              int           not null default 0,
    -- direktåtgärd
    what_to_do            text,
    actions_taken         text,
    action_status         varchar(30)   check (action_status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PARTLY_DONE',
                                                                  'NOT_DONE', 'MOVED_TO_PLAN', 'FINAL_REPORT_AT')),
    moved_to_year         int,
    final_report_year     int,
    final_report_period   varchar(10)   check (final_report_period in ('T1', 'T2', 'ANNUAL')),
    -- granskning
    areas                 text,
    purpose               text,
    scope                 text,
    method                text,
    reviewer_person_id    bigint        references person (id),
    result                text,
    cause                 text,
    analysis              text,
    conclusion            text,
    led_to_actions        text,
    reported_at           timestamp with time zone,
    reported_by           varchar(100),
    removed               boolean       not null default false,
    version               int           not null default 0
);
create index plan_item_plan on plan_item (plan_id);
create index plan_item_common_area on plan_item (common_review_area_id);

-- A result table of a review: caption, typed columns, rows of cells (numbers stored as numbers).
create table plan_result_table (
    id       bigint generated always as identity primary key,
    item_id  bigint       not null references plan_item (id),
    position int          not null,
    caption  varchar(300) not null
);

create table plan_result_column (
    table_id bigint       not null references plan_result_table (id) on delete cascade,
    position int          not null,
    header   varchar(200) not null,
    numeric  boolean      not null default false,
    primary key (table_id, position)
);

create table plan_result_cell (
    table_id     bigint  not null references plan_result_table (id) on delete cascade,
    row_position int     not null,
    col_position int     not null,
    text_value   text,
    number_value numeric,
    primary key (table_id, row_position, col_position)
);

-- After adoption the item list only changes by a recorded decision.
create table plan_change (
    id          bigint generated always as identity primary key,
    plan_id     bigint       not null references plan (id),
    item_id     bigint       references plan_item (id),
    decided_on  date         not null,
    reason      text         not null,
    change_kind varchar(10)  not null check (change_kind in ('ADDED', 'EDITED', 'REMOVED')),
    item_title  varchar(300) not null,
    made_by     varchar(100) not null,
    made_at     timestamp with time zone not null default now()
);

create table plan_proposal (
    id                bigint generated always as identity primary key,
    committee_id      bigint       not null references org_unit (id),
    year              int          not null,
    kind              varchar(20)  not null check (kind in ('DIRECT_ACTION', 'REVIEW')),
    title             varchar(300) not null,
    motivation        text,
    risk_id           bigint       references risk (id),
    responsible_unit_id bigint     not null references org_unit (id),
    source_item_id    bigint       references plan_item (id),
    source_action_id  bigint,
    taken_into_item_id bigint      references plan_item (id),
    proposed_by       varchar(100) not null,
    proposed_at       timestamp with time zone not null default now()
);
create index plan_proposal_year on plan_proposal (committee_id, year);

create table improvement_action (
    id                bigint generated always as identity primary key,
    item_id           bigint       not null references plan_item (id),
    title             varchar(300) not null,
    description       text,
    owner_unit_id     bigint       not null references org_unit (id),
    owner_person_id   bigint       references person (id),
    due_on            date,
    status            varchar(20)  not null default 'NOT_STARTED'
                      check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    disposition       varchar(30)  check (disposition in ('CARRIED_TO_FOLLOW_UP', 'PROPOSED_FOR_NEXT_PLAN', 'OTHER_PROCESS')),
    other_process     varchar(30)  check (other_process in ('BUDGET', 'OPERATIONAL_PLAN', 'QUALITY_WORK')),
    disposition_note  text,
    disposed_year     int,
    version           int          not null default 0
);
create index improvement_action_item on improvement_action (item_id);
alter table plan_proposal add constraint plan_proposal_action
    foreign key (source_action_id) references improvement_action (id);

create table improvement_action_note (
    id         bigint generated always as identity primary key,
    action_id  bigint       not null references improvement_action (id),
    noted_on   date         not null,
    text       text         not null,
    written_by varchar(100) not null
);
