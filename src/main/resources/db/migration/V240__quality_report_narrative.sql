-- The kvalitetsberättelse's narrative chapters (module deviation): the text a förvaltning writes for a year
-- beside the chapters computed from data, one row per administration, year and chapter (code from
-- deviation.QualityChapter); a chapter without a row prints its standard heading and text.
create table quality_report_chapter (
    id         bigserial    primary key,
    unit_id    bigint       not null references org_unit (id),
    year       integer      not null,
    code       varchar(40)  not null,
    heading    varchar(300) not null,
    body       text         not null,
    version    integer      not null default 0,
    constraint quality_report_chapter_once unique (unit_id, year, code)
);

-- Prioriterade utvecklingsområden: created in one year's report (chapter 5, "for next year") and followed up
-- in the next year's report (chapter 2) with a status and a follow-up text.
create table quality_development_area (
    id           bigserial     primary key,
    unit_id      bigint        not null references org_unit (id),
    year         integer       not null,
    title        varchar(300)  not null,
    description  text          not null,
    status       varchar(20),
    follow_up    text,
    version      integer       not null default 0,
    constraint quality_development_area_status_valid check (status in ('STARTED', 'DONE', 'REMAINS'))
);
create index quality_development_area_year_idx on quality_development_area (unit_id, year);
