-- The municipality's look of every document (module document): set once by the system administrator, read by
-- the renderer for PDF, DOCX and the HTML preview. One row; its changes go to the history (record type
-- document.branding). The logo is kept as its bytes (PNG or SVG, at most 512 kB) with its text alternative.
create table document_branding (
    id                integer      primary key default 1,
    municipality      varchar(200) not null,
    committee         varchar(200),
    administration    varchar(200),
    heading_colour    varchar(7)   not null,
    accent_colour     varchar(7)   not null,
    font              varchar(60)  not null,
    cover_layout      varchar(20)  not null,
    logo              bytea,
    logo_media_type   varchar(40),
    logo_alt          varchar(300),
    version           integer      not null default 0,
    changed_by        varchar(100),
    changed_at        timestamptz,
    constraint document_branding_single check (id = 1),
    constraint document_branding_logo_alt check (logo is null or (logo_alt is not null and logo_media_type is not null)),
    constraint document_branding_logo_size check (logo is null or octet_length(logo) <= 524288)
);

insert into document_branding (municipality, heading_colour, accent_colour, font, cover_layout)
values ('Malmö stad', '#000000', '#e8e8e8', 'Liberation Sans', 'STANDARD');
