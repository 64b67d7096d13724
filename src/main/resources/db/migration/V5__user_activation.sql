-- First login of users from config/users.yaml: a one-time activation code (only its SHA-256 is kept) lets a
-- new user set their own password. Used or expired codes stay for the record.
create table user_activation (
    user_id      varchar(64)  primary key,
    code_sha256  varchar(64)  not null,
    created_at   timestamp    not null,
    expires_at   timestamp    not null,
    failed_tries integer      not null,
    used_at      timestamp
);
