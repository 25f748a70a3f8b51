-- Module risk: categories, risk matrices as data (immutable versions), risks, assessments,
-- risk analyses with their decisions.

create table risk_category (
    id       bigint generated always as identity primary key,
    code     varchar(40)  not null unique,
    name     varchar(120) not null,
    position int          not null,
    active   boolean      not null default true
);

insert into risk_category (code, name, position) values
    ('VERKSAMHET', 'Verksamhet', 1),
    ('EKONOMI', 'Ekonomi', 2),
    ('JURIDIK', 'Juridik/regelefterlevnad', 3),
    ('IT', 'IT/informationssäkerhet', 4),
    ('PERSONAL', 'Personal', 5),
    ('FORTROENDE', 'Förtroende', 6);

-- A matrix a committee (or the whole kommun when unit_id is null) uses; its content lives in versions.
create table risk_matrix (
    id         bigint generated always as identity primary key,
    name       varchar(120) not null,
    unit_id    bigint references org_unit (id),
    is_default boolean      not null default false,
    version    int          not null default 0
);

-- Every edit of a matrix makes a new, immutable version; assessments point at the version they used.
create table risk_matrix_version (
    id                 bigint generated always as identity primary key,
    matrix_id          bigint       not null references risk_matrix (id),
    number             int          not null,
    likelihood_levels  int          not null,
    consequence_levels int          not null,
    formula            varchar(20)  not null,
    created_at         timestamptz  not null default now(),
    created_by         varchar(100) not null,
    constraint risk_matrix_version_unique unique (matrix_id, number),
    constraint risk_matrix_version_size check (likelihood_levels between 3 and 6 and consequence_levels between 3 and 6),
    constraint risk_matrix_version_formula check (formula in ('PRODUCT', 'SUM'))
);

create table risk_matrix_level (
    id                bigint generated always as identity primary key,
    matrix_version_id bigint       not null references risk_matrix_version (id),
    axis              varchar(20)  not null,
    level             int          not null,
    label             varchar(80)  not null,
    description       varchar(500) not null default '',
    constraint risk_matrix_level_unique unique (matrix_version_id, axis, level),
    constraint risk_matrix_level_axis check (axis in ('LIKELIHOOD', 'CONSEQUENCE'))
);

create table risk_matrix_band (
    id                bigint generated always as identity primary key,
    matrix_version_id bigint      not null references risk_matrix_version (id),
    position          int         not null,
    name              varchar(60) not null,
    colour            varchar(7)  not null,
    constraint risk_matrix_band_unique unique (matrix_version_id, position),
    constraint risk_matrix_band_colour check (colour ~ '^#[0-9a-f]{6}$')
);

create table risk_matrix_cell (
    matrix_version_id bigint not null references risk_matrix_version (id),
    likelihood        int    not null,
    consequence       int    not null,
    band_position     int    not null,
    primary key (matrix_version_id, likelihood, consequence)
);

create table risk (
    id                      bigint generated always as identity primary key,
    title                   varchar(200)  not null,
    event_text              varchar(1000) not null,
    cause_text              varchar(1000) not null,
    consequence_text        varchar(1000) not null,
    category_id             bigint        not null references risk_category (id),
    unit_id                 bigint        not null references org_unit (id),
    owner_person_id         bigint references person (id),
    origin                  varchar(30)   not null,
    review_interval_months  int           not null default 12,
    created_at              timestamptz   not null default now(),
    version                 int           not null default 0,
    constraint risk_origin_valid check (origin in ('DEPARTMENT', 'MANAGEMENT', 'WORKING_COMMITTEE', 'DEVIATIONS',
        'AUDIT', 'BUDGET_PROCESS', 'OTHER')),
    constraint risk_review_interval check (review_interval_months between 1 and 60)
);
create index risk_unit_idx on risk (unit_id);

-- Links to related records of other modules (plan items, deviations, audit recommendations).
create table risk_link (
    id          bigint generated always as identity primary key,
    risk_id     bigint      not null references risk (id),
    record_type varchar(60) not null,
    record_id   varchar(60) not null,
    constraint risk_link_unique unique (risk_id, record_type, record_id)
);

create table risk_analysis (
    id                bigint generated always as identity primary key,
    unit_id           bigint        not null references org_unit (id),
    year              int           not null,
    held_on           date          not null,
    participants      varchar(2000) not null default '',
    matrix_version_id bigint        not null references risk_matrix_version (id),
    created_at        timestamptz   not null default now(),
    version           int           not null default 0
);

-- An assessment keeps the matrix version, the levels and the value and band computed then.
create table risk_assessment (
    id                bigint generated always as identity primary key,
    risk_id           bigint        not null references risk (id),
    analysis_id       bigint references risk_analysis (id),
    matrix_version_id bigint        not null references risk_matrix_version (id),
    likelihood        int           not null,
    consequence       int           not null,
    risk_value        int           not null,
    band_position     int           not null,
    band_name         varchar(60)   not null,
    band_colour       varchar(7)    not null,
    motivation        varchar(2000) not null default '',
    reason            varchar(2000),
    assessed_on       date          not null,
    assessed_by       varchar(100)  not null,
    created_at        timestamptz   not null default now()
);
create index risk_assessment_risk_idx on risk_assessment (risk_id, assessed_on);

create table risk_analysis_item (
    id              bigint generated always as identity primary key,
    analysis_id     bigint        not null references risk_analysis (id),
    risk_id         bigint        not null references risk (id),
    assessment_id   bigint references risk_assessment (id),
    decision        varchar(20),
    other_process   varchar(20),
    decision_reason varchar(2000),
    constraint risk_analysis_item_unique unique (analysis_id, risk_id),
    constraint risk_analysis_item_decision check (decision in ('DIRECT_ACTION', 'REVIEW', 'ACCEPTED', 'OTHER_PROCESS')),
    constraint risk_analysis_item_process check (other_process in ('BUDGET', 'OPERATIONAL_PLAN', 'QUALITY_WORK'))
);

-- The common Swedish 4×4 matrix, for the whole kommun.
insert into risk_matrix (name, unit_id, is_default) values ('Standardmatris 4×4', null, true);
insert into risk_matrix_version (matrix_id, number, likelihood_levels, consequence_levels, formula, created_by)
    select id, 1, 4, 4, 'PRODUCT', 'system' from risk_matrix where is_default;
insert into risk_matrix_level (matrix_version_id, axis, level, label, description)
    select v.id, l.axis, l.level, l.label, l.description from risk_matrix_version v, (values
        ('LIKELIHOOD', 1, 'Osannolik', 'Händelsen förväntas inte inträffa.'),
        ('LIKELIHOOD', 2, 'Mindre sannolik', 'Händelsen kan inträffa någon gång.'),
        ('LIKELIHOOD', 3, 'Möjlig', 'Händelsen kan inträffa då och då.'),
        ('LIKELIHOOD', 4, 'Sannolik', 'Händelsen förväntas inträffa ofta.'),
        ('CONSEQUENCE', 1, 'Lindrig', 'Obetydlig påverkan på verksamhet, enskilda eller ekonomi.'),
        ('CONSEQUENCE', 2, 'Måttlig', 'Märkbar men begränsad påverkan.'),
        ('CONSEQUENCE', 3, 'Betydande', 'Stor påverkan på enskilda, verksamhet eller förtroende.'),
        ('CONSEQUENCE', 4, 'Allvarlig', 'Mycket allvarlig påverkan; enskilda kan skadas.')) as l(axis, level, label, description);
insert into risk_matrix_band (matrix_version_id, position, name, colour)
    select v.id, b.position, b.name, b.colour from risk_matrix_version v, (values
        (1, 'Låg', '#00703c'), (2, 'Medel', '#ffdd00'), (3, 'Hög', '#f47738'), (4, 'Mycket hög', '#d4351c'))
        as b(position, name, colour);
insert into risk_matrix_cell (matrix_version_id, likelihood, consequence, band_position)
    select v.id, l, c, case when l * c <= 2 then 1 when l * c <= 4 then 2 when l * c <= 8 then 3 else 4 end
    from risk_matrix_version v, generate_series(1, 4) l, generate_series(1, 4) c;
