-- A rectification's row announces each change on its channel (live/case-changes.ts), so the
-- agency's rectification inbox is current without reloading. NOTIFY is delivered on commit.
CREATE FUNCTION lianban_notify_rectification_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'lianban_rectification_changed',
    json_build_object('rectificationId', NEW."id", 'agencyCode', NEW."agencyCode")::text
  );
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Rectification_notify_changed"
AFTER INSERT OR UPDATE ON "Rectification"
FOR EACH ROW EXECUTE FUNCTION lianban_notify_rectification_changed();
