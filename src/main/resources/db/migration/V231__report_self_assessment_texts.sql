-- Issue 17 item 4: what the committee writes for the self-assessment chapter of its annual report (module report):
-- whether last year's rating stands beside this year's, and a narrative per area (Kontrollmiljö …), per committee
-- and year. The area is named as the self-assessment names it.
create table report_self_assessment_text (
    committee_id       bigint       not null,
    year               integer      not null,
    compare_last_year  boolean      not null default false,
    version            integer      not null default 0,
    changed_by         varchar(100),
    changed_at         timestamptz,
    primary key (committee_id, year)
);

create table report_self_assessment_narrative (
    committee_id  bigint       not null,
    year          integer      not null,
    area          varchar(200) not null,
    position      integer      not null,
    body          text         not null,
    primary key (committee_id, year, area),
    foreign key (committee_id, year) references report_self_assessment_text (committee_id, year) on delete cascade
);
