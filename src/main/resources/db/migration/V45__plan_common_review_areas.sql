-- Module plan: kommungemensamma granskningsområden. Kommunstyrelsen decides once a year on review
-- areas every committee's internal-control plan must contain; each area has instructions from the
-- city office, and the decision may carry attachments (stored here, size-limited).

create table common_review_decision (
    id                  bigint generated always as identity primary key,
    year                int          not null unique,
    decided_on          date         not null,
    paragraph           varchar(40),
    diary_number        varchar(60),
    registered_by       varchar(100) not null,
    version             int          not null default 0
);

create table common_review_area (
    id           bigint generated always as identity primary key,
    decision_id  bigint        not null references common_review_decision (id),
    position     int           not null,
    title        varchar(300)  not null,
    instructions text          not null default '',
    unique (decision_id, title)
);

create table common_review_attachment (
    id            bigint generated always as identity primary key,
    decision_id   bigint        not null references common_review_decision (id),
    area_id       bigint        references common_review_area (id),
    file_name     varchar(255)  not null,
    content_type  varchar(150)  not null,
    size_bytes    int           not null check (size_bytes between 1 and 10485760),
    content       bytea         not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamp with time zone not null default now()
);
create index common_review_attachment_decision on common_review_attachment (decision_id);

alter table plan_item add constraint plan_item_common_review_area
    foreign key (common_review_area_id) references common_review_area (id);
-- One city-wide review per area in each plan, however often the decision is applied.
create unique index plan_item_one_per_common_area on plan_item (plan_id, common_review_area_id)
    where common_review_area_id is not null;
