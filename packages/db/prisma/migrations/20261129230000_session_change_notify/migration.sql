-- Each API process keeps the sessions it has checked in memory for a few seconds (the session lookup is the one
-- query of every request). Whatever ends a session, shortens it, or changes what its user may do tells every
-- process at once: NOTIFY is delivered on commit to every connection listening on this database (PGlite: the one
-- process). Payloads: 's:<session id>', 'u:<user id>', '*' (everything, after a TRUNCATE).
CREATE FUNCTION grassroots_session_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('grassroots_sessions', '*');
  ELSIF TG_TABLE_NAME = 'Session' THEN
    PERFORM pg_notify('grassroots_sessions', 's:' || OLD.id);
  ELSE
    PERFORM pg_notify('grassroots_sessions', 'u:' || NEW.id);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Session_ended" AFTER DELETE ON "Session" FOR EACH ROW EXECUTE FUNCTION grassroots_session_changed();
CREATE TRIGGER "Session_shortened" AFTER UPDATE OF "expiresAt" ON "Session" FOR EACH ROW
  WHEN (NEW."expiresAt" < OLD."expiresAt") EXECUTE FUNCTION grassroots_session_changed();
CREATE TRIGGER "Session_truncated" AFTER TRUNCATE ON "Session" FOR EACH STATEMENT EXECUTE FUNCTION grassroots_session_changed();
CREATE TRIGGER "User_rights_changed" AFTER UPDATE OF "role", "active", "name", "email", "traineeId", "sponsorId", "passwordHash" ON "User"
  FOR EACH ROW EXECUTE FUNCTION grassroots_session_changed();
CREATE TRIGGER "User_truncated" AFTER TRUNCATE ON "User" FOR EACH STATEMENT EXECUTE FUNCTION grassroots_session_changed();
