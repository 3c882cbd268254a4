-- A token may be limited to one scope: it then opens only that scope's endpoints (e.g. the province pulling reports),
-- whatever its owner may otherwise do. Null: the owner's full rights, as before.
ALTER TABLE api_token ADD COLUMN scope varchar(40) CHECK (scope IN ('PROVINCE_REPORTS'));
