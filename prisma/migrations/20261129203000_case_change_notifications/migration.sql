-- Live updates: a committed change of a case tells every API process through NOTIFY on the channel
-- lianban_case_changed (live/case-changes.ts listens). PostgreSQL delivers a notification only
-- when its transaction commits, so a write that rolls back tells nobody; identical notifications
-- of one transaction are delivered once.

-- The payload is ids only, as JSON: the case, its applicant, and the tasks whose row changed, each
-- with its agency, so that each listener knows whom to tell without reading; the subscribers read
-- what they may see themselves. NOTIFY takes at most 8000 bytes: past that the task list is left
-- out (null), and the agencies' subscribers re-read the case's tasks of their agency.
CREATE FUNCTION lianban_notify_case_changed(case_id TEXT, applicant_id TEXT, tasks JSONB) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  payload TEXT := jsonb_build_object('applicationId', case_id, 'applicantId', applicant_id, 'tasks', tasks)::text;
BEGIN
  IF octet_length(payload) > 7900 THEN
    payload := jsonb_build_object('applicationId', case_id, 'applicantId', applicant_id, 'tasks', NULL)::text;
  END IF;
  PERFORM pg_notify('lianban_case_changed', payload);
END $$;

-- As in migration read_model_functions, and then: the tasks whose status, assignee, deadline,
-- pause, warning or escalation the write changes (or that it creates) are noted before the write,
-- and the case is announced when its row or its timeline changed. A retried write that changes
-- nothing announces nothing.
CREATE OR REPLACE FUNCTION lianban_write_case(
  application JSONB, documents JSONB, tasks JSONB, entries JSONB, overwrite BOOLEAN
) RETURNS BOOLEAN LANGUAGE plpgsql AS $$
DECLARE
  case_id TEXT := application->>'id';
  written INTEGER;
  appended INTEGER;
  changed_tasks JSONB := '[]';
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
    SELECT coalesce(jsonb_agg(jsonb_build_object('id', r.id, 'agencyCode', r."agencyCode") ORDER BY r.id), '[]')
      INTO changed_tasks
      FROM jsonb_populate_recordset(NULL::"ReviewTask", tasks) AS r
      LEFT JOIN "ReviewTask" AS t ON t.id = r.id
      WHERE t.id IS NULL
        OR (t.status, t.assignee, t."dueAt", t."pausedSince", t."warnedAt", t."escalatedAt", t."escalatedTo")
          IS DISTINCT FROM (r.status, r.assignee, r."dueAt", r."pausedSince", r."warnedAt", r."escalatedAt", r."escalatedTo");
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
  appended := lianban_append_chain(case_id, entries);
  IF written > 0 OR appended > 0 THEN
    PERFORM lianban_notify_case_changed(case_id, application->>'applicantId', changed_tasks);
  END IF;
  RETURN written > 0;
END $$;
