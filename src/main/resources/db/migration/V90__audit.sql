-- City auditors' reviews and the committee's response (module audit): the review
-- (granskning by stadsrevisionen), its sub-areas (delområden) with the auditors' judgement and the
-- committee's three answers, the recommendations with their follow-up and links, and the response
-- (yttrande) header, summary, proposal line, signature block and reservations.

create table audit_review (
    id                 bigint generated always as identity primary key,
    committee_id       bigint       not null references org_unit (id),
    number             varchar(40)  not null,
    title              varchar(300) not null,
    auditors           varchar(300) not null,
    reviewed_on        date         not null,
    overall_judgement  text,
    version            integer      not null default 0,
    constraint audit_review_number_unique unique (committee_id, number)
);

-- A sub-area (delområde): the auditors' judgement and, for the response, the committee's three answers.
create table audit_area (
    id                bigint generated always as identity primary key,
    review_id         bigint       not null references audit_review (id) on delete cascade,
    position          integer      not null,
    heading           varchar(300) not null,
    judgement         text         not null,
    assignee_person_id bigint      references person (id),
    assignee_username varchar(100),
    actions_taken     text,
    effects           text,
    planned_actions   text,
    version           integer      not null default 0,
    constraint audit_area_position_unique unique (review_id, position)
);

create table audit_recommendation (
    id               bigint generated always as identity primary key,
    area_id          bigint       not null references audit_area (id) on delete cascade,
    position         integer      not null,
    text             text         not null,
    status           varchar(20)  not null default 'OPEN'
                     check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_ADDRESSED')),
    closing_suggested boolean     not null default false,
    closed_on        date,
    version          integer      not null default 0,
    constraint audit_recommendation_position_unique unique (area_id, position)
);

-- Links from a recommendation to records of other modules: plan items (direct actions), improvement
-- actions and risks, by type and id (read through those modules' public queries).
create table audit_recommendation_link (
    id                 bigint generated always as identity primary key,
    recommendation_id  bigint       not null references audit_recommendation (id) on delete cascade,
    record_type        varchar(40)  not null check (record_type in ('PLAN_ITEM', 'IMPROVEMENT_ACTION', 'RISK')),
    record_id          bigint       not null,
    constraint audit_recommendation_link_unique unique (recommendation_id, record_type, record_id)
);
create index audit_recommendation_link_record on audit_recommendation_link (record_type, record_id);

-- The committee's response (yttrande), one per review.
create table audit_response (
    id              bigint generated always as identity primary key,
    review_id       bigint       not null references audit_review (id) on delete cascade,
    response_date   date,
    address         varchar(200),
    diary_number    varchar(60),
    addressee       varchar(200),
    proposal_line   text,
    summary         text,
    statement       text,
    signatures      text,
    reservations    text,
    version         integer      not null default 0,
    constraint audit_response_review_unique unique (review_id)
);
