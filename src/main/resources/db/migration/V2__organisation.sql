-- Organisation tree (module org): kommun -> nämnd -> förvaltning -> verksamhetsområde
-- -> avdelning -> enhet -> sektion; people and their role placements.
create table org_unit (
    id          bigint generated always as identity primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    type        varchar(30)  not null,
    parent_id   bigint references org_unit (id),
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    constraint org_unit_code_unique unique (code),
    constraint org_unit_type_valid check (type in ('MUNICIPALITY', 'EXECUTIVE_BOARD', 'COMMITTEE',
        'WORKING_COMMITTEE', 'ADMINISTRATION', 'OPERATIONAL_AREA', 'DEPARTMENT', 'UNIT', 'SECTION')),
    constraint org_unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create index org_unit_parent_idx on org_unit (parent_id);

create table person (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null,
    given_name    varchar(100) not null,
    family_name   varchar(100) not null,
    email         varchar(200),
    title         varchar(200),
    -- protected personal data (skyddade personuppgifter): every read goes to the access log
    confidential  boolean      not null default false,
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    constraint person_username_unique unique (username)
);

create table placement (
    id          bigint generated always as identity primary key,
    person_id   bigint      not null references person (id),
    unit_id     bigint      not null references org_unit (id),
    role        varchar(40) not null,
    valid_from  date        not null,
    valid_to    date,
    constraint placement_role_valid check (role in ('SYSTEM_ADMINISTRATOR', 'INTERNAL_CONTROL_COORDINATOR',
        'COMMITTEE_MEMBER', 'ADMINISTRATION_HEAD', 'DEPARTMENT_HEAD', 'UNIT_HEAD', 'SECTION_HEAD',
        'EMPLOYEE', 'CONTROLLER', 'QUALITY_CONTROLLER', 'LEX_SARAH_INVESTIGATOR', 'AUDITOR')),
    constraint placement_dates_ordered check (valid_to is null or valid_to >= valid_from)
);
create index placement_person_idx on placement (person_id);
create index placement_unit_idx on placement (unit_id);
