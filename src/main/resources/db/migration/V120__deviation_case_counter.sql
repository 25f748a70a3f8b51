-- A deviation's case number (AVV-year-number) is taken from a counter row per year, in the same
-- transaction as the insert: a refused or failed insert rolls the counter back, so no number is lost.
-- The sequence deviation_case_number_seq handed out numbers that a rollback never gave back; it is no
-- longer used for case numbers (test fixtures still take unique fixture numbers from it).
create table deviation_case_counter (
    year        integer primary key,
    last_number integer not null
);

insert into deviation_case_counter (year, last_number)
select split_part(case_number, '-', 2)::integer, max(split_part(case_number, '-', 3)::integer)
from deviation
where case_number ~ '^AVV-[0-9]{4}-[0-9]+$'
group by split_part(case_number, '-', 2)::integer;
