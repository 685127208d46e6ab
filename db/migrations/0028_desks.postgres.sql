-- The login roles the desks connect as (dealercrm-cli setup-server --desk-role NAME): migrate
-- grants each of them the program's tables again after every upgrade.
CREATE TABLE server_desk_roles (
    role_name  TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
