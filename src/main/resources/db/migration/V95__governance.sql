-- Governing documents (module governance): the register of styrdokument — riktlinjer, rutiner,
-- kärnprocesser, anvisningar — with owner (dokumentägare), decision, revision and implementation,
-- and links from records of other modules (risks, plan items, deviations).

create table governing_document (
    id                     bigint generated always as identity primary key,
    owning_unit_id         bigint       not null references org_unit (id),
    title                  varchar(300) not null,
    kind                   varchar(20)  not null check (kind in ('GUIDELINE', 'ROUTINE', 'CORE_PROCESS', 'INSTRUCTION')),
    owner_person_id        bigint       references person (id),
    owner_username         varchar(100),
    decided_by             varchar(200),
    decided_on             date,
    diary_number           varchar(60),
    valid_from             date,
    revision_months        integer      check (revision_months between 1 and 120),
    next_revision          date,
    implementation_status  varchar(20)  not null default 'NOT_STARTED'
                           check (implementation_status in ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED')),
    link                   varchar(1000),
    version                integer      not null default 0
);
create index governing_document_owner on governing_document (owner_person_id);

create table governing_document_link (
    id           bigint generated always as identity primary key,
    document_id  bigint      not null references governing_document (id) on delete cascade,
    record_type  varchar(60) not null,
    record_id    varchar(60) not null,
    constraint governing_document_link_unique unique (document_id, record_type, record_id)
);
create index governing_document_link_record on governing_document_link (record_type, record_id);
