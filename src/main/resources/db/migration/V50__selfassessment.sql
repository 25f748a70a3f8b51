-- Self-assessment (module selfassessment): the kommun's criteria per year (areas and criteria),
-- the rating scale, and each committee's yearly self-assessment with one answer per criterion.

-- The rating scale (bedömningsskala), best first.
create table sa_rating (
    id        bigint generated always as identity primary key,
    code      varchar(40)  not null,
    label     varchar(100) not null,
    position  integer      not null,
    constraint sa_rating_code_unique unique (code)
);
insert into sa_rating (code, label, position) values
    ('SATISFACTORY', 'Tillfredsställande', 1),
    ('PARTLY_SATISFACTORY', 'Delvis tillfredsställande', 2),
    ('UNSATISFACTORY', 'Ej tillfredsställande', 3);

-- The kommun's criteria for one year (kommungemensamma kriterier).
create table sa_criteria_set (
    id               bigint generated always as identity primary key,
    municipality_id  bigint      not null references org_unit (id),
    year             integer     not null,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    constraint sa_criteria_set_year_unique unique (municipality_id, year)
);

create table sa_area (
    id        bigint generated always as identity primary key,
    set_id    bigint       not null references sa_criteria_set (id) on delete cascade,
    position  integer      not null,
    name      varchar(200) not null
);
create index sa_area_set_idx on sa_area (set_id);

-- A criterion's code stays the same from year to year, so answers can be compared.
create table sa_criterion (
    id        bigint generated always as identity primary key,
    area_id   bigint        not null references sa_area (id) on delete cascade,
    position  integer       not null,
    code      varchar(40)   not null,
    text      varchar(1000) not null
);
create index sa_criterion_area_idx on sa_criterion (area_id);

-- A committee's self-assessment for one year.
create table sa_assessment (
    id            bigint generated always as identity primary key,
    committee_id  bigint      not null references org_unit (id),
    year          integer     not null,
    status        varchar(20) not null,
    summary       text,
    submitted_by  varchar(100),
    submitted_at  timestamptz,
    created_by    varchar(100) not null,
    created_at    timestamptz not null default now(),
    version       integer     not null default 0,
    constraint sa_assessment_year_unique unique (committee_id, year),
    constraint sa_assessment_status_valid check (status in ('DRAFT', 'SUBMITTED'))
);

-- One answer per criterion; the area name and criterion text are a snapshot taken when the
-- self-assessment was started, so later edits of the criteria never change what was answered.
create table sa_answer (
    assessment_id   bigint        not null references sa_assessment (id) on delete cascade,
    position        integer       not null,
    area_position   integer       not null,
    area_name       varchar(200)  not null,
    criterion_code  varchar(40)   not null,
    criterion_text  varchar(1000) not null,
    rating_code     varchar(40),
    rating_label    varchar(100),
    motivation      text,
    primary key (assessment_id, position)
);
