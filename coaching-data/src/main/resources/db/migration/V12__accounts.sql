-- Account administration and personal preferences.
alter table app_user
    add column must_change_password boolean     not null default false,
    add column locale               varchar(16) null,
    add column dark_theme           boolean     null;
