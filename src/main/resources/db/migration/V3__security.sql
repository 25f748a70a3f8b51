-- Local accounts (module security): bcrypt passwords, personal API tokens.
create table user_account (
    id             bigint generated always as identity primary key,
    username       varchar(100) not null,
    password_hash  varchar(100),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    constraint user_account_username_unique unique (username)
);

create table api_token (
    id            bigint generated always as identity primary key,
    account_id    bigint       not null references user_account (id),
    name          varchar(100) not null,
    -- SHA-256 of the token; the token itself is shown once and never stored
    token_hash    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    constraint api_token_hash_unique unique (token_hash)
);

-- Access log (åtkomstlogg): every read of a confidential record. Append-only: the database
-- itself refuses UPDATE, DELETE and TRUNCATE, whoever asks.
create table access_log (
    id              bigint generated always as identity primary key,
    read_at         timestamptz  not null default now(),
    username        varchar(100) not null,
    person_id       bigint,
    record_type     varchar(60)  not null,
    record_id       varchar(60)  not null,
    remote_address  varchar(100),
    user_agent      varchar(300)
);
create index access_log_record_idx on access_log (record_type, record_id);
create index access_log_user_idx on access_log (username, read_at);

create function access_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_refuse_change();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_refuse_change();
