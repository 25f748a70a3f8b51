-- The import of historical governing documents and auditors' reviews (issue 14): the source system's id of a
-- document and of a recommendation, so that a second import of the same file finds them again; a review the
-- import made is marked, so that an import never changes a review entered by hand.

alter table governing_document add column source_id varchar(100);
create unique index governing_document_source on governing_document (source_id) where source_id is not null;

alter table audit_review add column imported boolean not null default false;

alter table audit_recommendation add column source_id varchar(100);
create unique index audit_recommendation_source on audit_recommendation (source_id) where source_id is not null;
