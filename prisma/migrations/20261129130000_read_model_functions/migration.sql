-- The read-model write of a case and the audit chain's append as server-side functions, so that
-- a change of a case is one statement, one round trip, whatever it carries.

-- An audit entry's hash: SHA-256 of the JSON array [prevHash or "", applicationId, position,
-- eventKey, at, actor, agencyCode, action, detail], written as JavaScript's JSON.stringify
-- writes it (no spaces; to_json escapes strings as it does). `at_text` is the instant as
-- Date.prototype.toISOString gives it. audit/verify.ts recomputes it independently (entryHash).
CREATE FUNCTION lianban_entry_hash(
  prev_hash TEXT, application_id TEXT, entry_position INTEGER, event_key TEXT, at_text TEXT,
  actor TEXT, agency_code TEXT, action TEXT, detail TEXT
) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(
    '[' || to_json(coalesce(prev_hash, ''))::text
    || ',' || to_json(application_id)::text
    || ',' || entry_position::text
    || ',' || to_json(event_key)::text
    || ',' || to_json(at_text)::text
    || ',' || coalesce(to_json(actor)::text, 'null')
    || ',' || coalesce(to_json(agency_code)::text, 'null')
    || ',' || to_json(action)::text
    || ',' || coalesce(to_json(detail)::text, 'null')
    || ']', 'UTF8')), 'hex')
$$;

-- Appends entries ({eventKey, at, actor, agencyCode, action, detail}) to a case's chain in
-- order, skipping those already there by event key. The caller holds the case's row lock.
CREATE FUNCTION lianban_append_chain(application_id TEXT, entries JSONB) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  tail_position INTEGER;
  tail_hash TEXT;
  entry JSONB;
  next_hash TEXT;
  appended INTEGER := 0;
BEGIN
  SELECT position, hash INTO tail_position, tail_hash FROM "TimelineEntry"
    WHERE "applicationId" = application_id ORDER BY position DESC LIMIT 1;
  tail_position := coalesce(tail_position, 0);
  FOR entry IN SELECT e.value FROM jsonb_array_elements(entries) WITH ORDINALITY AS e(value, n) ORDER BY e.n LOOP
    CONTINUE WHEN EXISTS (
      SELECT 1 FROM "TimelineEntry" WHERE "applicationId" = application_id AND "eventKey" = entry->>'eventKey'
    );
    tail_position := tail_position + 1;
    next_hash := lianban_entry_hash(tail_hash, application_id, tail_position, entry->>'eventKey', entry->>'at',
      entry->>'actor', entry->>'agencyCode', entry->>'action', entry->>'detail');
    INSERT INTO "TimelineEntry" (id, "applicationId", "eventKey", position, at, actor, "agencyCode", action, detail, "prevHash", hash)
    VALUES (gen_random_uuid()::text, application_id, entry->>'eventKey', tail_position, (entry->>'at')::timestamp,
      entry->>'actor', entry->>'agencyCode', entry->>'action', entry->>'detail', tail_hash, next_hash);
    tail_hash := next_hash;
    appended := appended + 1;
  END LOOP;
  RETURN appended;
END $$;

-- Writes a case as its workflow holds it, under the case's row lock: the application row (all
-- of its columns, as JSON) only if newer than the stored one (or always, with `overwrite`), then
-- its documents and tasks, then the new timeline entries whatever the version. With `overwrite`
-- (reconciliation) tasks and document versions the record lacks are removed. Returns whether
-- the application row was written.
CREATE FUNCTION lianban_write_case(
  application JSONB, documents JSONB, tasks JSONB, entries JSONB, overwrite BOOLEAN
) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE
  case_id TEXT := application->>'id';
  written INTEGER;
BEGIN
  -- A new case's row at version 0, so that the update below writes it; the insert locks it.
  INSERT INTO "Application" SELECT * FROM jsonb_populate_record(NULL::"Application", application || '{"version": 0}')
    ON CONFLICT (id) DO NOTHING;
  UPDATE "Application" AS a SET
    status = r.status, "formData" = r."formData", "decidedAt" = r."decidedAt", "closedAt" = r."closedAt",
    deadline = r.deadline, "slaPausedSince" = r."slaPausedSince", "slaPausedWorkingDays" = r."slaPausedWorkingDays",
    "slaExtendedWorkingDays" = r."slaExtendedWorkingDays", "overdueSince" = r."overdueSince",
    calendar = coalesce(r.calendar, a.calendar), "updatedAt" = r."updatedAt", version = r.version
  FROM jsonb_populate_record(NULL::"Application", application) AS r
  WHERE a.id = case_id AND (overwrite OR a.version < r.version);
  GET DIAGNOSTICS written = ROW_COUNT;
  -- An older write changes no row, but its entries still join the chain: lock the row first.
  IF written = 0 THEN
    PERFORM 1 FROM "Application" WHERE id = case_id FOR UPDATE;
  END IF;
  IF overwrite THEN
    DELETE FROM "ReviewTask" AS t WHERE t."applicationId" = case_id
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(tasks) AS kept(value) WHERE kept.value->>'id' = t.id);
    DELETE FROM "ApplicationDocument" AS d WHERE d."applicationId" = case_id AND NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(documents) AS kept(value)
      WHERE kept.value->>'materialCode' = d."materialCode" AND (kept.value->>'version')::int = d.version);
  END IF;
  IF written > 0 THEN
    INSERT INTO "ApplicationDocument" ("applicationId", "materialCode", version, "documentId", "attachedAt", "replacedAt")
      SELECT case_id, "materialCode", version, "documentId", "attachedAt", "replacedAt"
      FROM jsonb_populate_recordset(NULL::"ApplicationDocument", documents)
      ON CONFLICT ("applicationId", "materialCode", version) DO UPDATE SET "replacedAt" = EXCLUDED."replacedAt";
    INSERT INTO "ReviewTask" (id, "applicationId", "agencyCode", stage, round, status, assignee, decision, comment,
        corrections, "createdAt", "completedAt", "dueAt", "pausedSince", "pausedWorkingDays", "warnedAt",
        "escalatedAt", "escalatedTo")
      SELECT id, case_id, "agencyCode", stage, round, status, assignee, decision, comment, corrections, "createdAt",
        "completedAt", "dueAt", "pausedSince", "pausedWorkingDays", "warnedAt", "escalatedAt", "escalatedTo"
      FROM jsonb_populate_recordset(NULL::"ReviewTask", tasks)
      ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, assignee = EXCLUDED.assignee,
        decision = EXCLUDED.decision, comment = EXCLUDED.comment,
        corrections = coalesce(EXCLUDED.corrections, "ReviewTask".corrections),
        "completedAt" = EXCLUDED."completedAt", "dueAt" = EXCLUDED."dueAt", "pausedSince" = EXCLUDED."pausedSince",
        "pausedWorkingDays" = EXCLUDED."pausedWorkingDays", "warnedAt" = EXCLUDED."warnedAt",
        "escalatedAt" = EXCLUDED."escalatedAt", "escalatedTo" = EXCLUDED."escalatedTo";
  END IF;
  PERFORM lianban_append_chain(case_id, entries);
  RETURN written > 0;
END $$;
