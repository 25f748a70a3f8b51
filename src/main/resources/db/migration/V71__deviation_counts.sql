-- Statistics at scale: the counts per year, tertial, kind, unit, operational area and area category, kept
-- up to date by statement-level triggers on deviation (transition tables, so a bulk insert costs one
-- aggregate). The statistics read this table (a few thousand rows) instead of aggregating the deviations.

create table deviation_count (
    year              integer     not null,
    tertial           integer     not null,
    kind              varchar(30) not null,
    unit_id           bigint      not null,
    area_unit_id      bigint,
    area_category_id  bigint,
    n                 bigint      not null
);
create unique index deviation_count_key on deviation_count
    (year, tertial, kind, unit_id, coalesce(area_unit_id, -1), coalesce(area_category_id, -1));

create function deviation_count_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE') then
        insert into deviation_count as c (year, tertial, kind, unit_id, area_unit_id, area_category_id, n)
        select extract(year from received_on)::int, (extract(month from received_on)::int + 3) / 4, kind, unit_id,
               area_unit_id, area_category_id, -count(*)
        from old_rows group by 1, 2, 3, 4, 5, 6
        on conflict (year, tertial, kind, unit_id, coalesce(area_unit_id, -1), coalesce(area_category_id, -1))
        do update set n = c.n + excluded.n;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into deviation_count as c (year, tertial, kind, unit_id, area_unit_id, area_category_id, n)
        select extract(year from received_on)::int, (extract(month from received_on)::int + 3) / 4, kind, unit_id,
               area_unit_id, area_category_id, count(*)
        from new_rows group by 1, 2, 3, 4, 5, 6
        on conflict (year, tertial, kind, unit_id, coalesce(area_unit_id, -1), coalesce(area_category_id, -1))
        do update set n = c.n + excluded.n;
    end if;
    return null;
end $$;

create trigger deviation_count_insert after insert on deviation
    referencing new table as new_rows for each statement execute function deviation_count_change();
create trigger deviation_count_update after update on deviation
    referencing old table as old_rows new table as new_rows for each statement execute function deviation_count_change();
create trigger deviation_count_delete after delete on deviation
    referencing old table as old_rows for each statement execute function deviation_count_change();

insert into deviation_count (year, tertial, kind, unit_id, area_unit_id, area_category_id, n)
select extract(year from received_on)::int, (extract(month from received_on)::int + 3) / 4, kind, unit_id,
       area_unit_id, area_category_id, count(*)
from deviation group by 1, 2, 3, 4, 5, 6;
