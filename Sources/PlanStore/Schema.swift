import GRDB

/// The frozen string-DDL migrations. A migration that has shipped is never edited: add a new one.
enum Schema {
  /// Every migration, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-plan-roster-duties-audit") { db in
      try db.execute(sql: v1)
    }
    migrator.registerMigration("v2-domain-dates-results") { db in
      try db.execute(sql: v2)
    }
    migrator.registerMigration("v3-audit-channel-uid") { db in
      try db.execute(sql: v3)
    }
    migrator.registerMigration("v4-indicator-values-recipients") { db in
      try db.execute(sql: v4)
    }
    return migrator
  }

  /// Indicators get values: each indicator names the position whose holders record it and the
  /// range a value may take; the values recorded per reporting period (`2027-Q1`, `2027-H1`,
  /// `2027-Q3`, `2027`; one per indicator and period, a new record replaces it and the audit keeps
  /// the old one); the unit's report recipients ("Nơi nhận"). A database written before gets the
  /// values the plan's data had when v4 shipped (an indicator the data did not know stays NULL:
  /// only the chair records it, unbounded).
  static let v4 = """
    ALTER TABLE indicators ADD COLUMN responsible_position TEXT REFERENCES positions(id);
    ALTER TABLE indicators ADD COLUMN min_value REAL;
    ALTER TABLE indicators ADD COLUMN max_value REAL CHECK (max_value IS NULL OR min_value IS NULL OR min_value <= max_value);
    ALTER TABLE unit ADD COLUMN report_recipients TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(report_recipients));

    UPDATE indicators SET
      responsible_position = CASE id
        WHEN 'ho-so-truc-tuyen' THEN 'ttpvhcc'
        WHEN 'so-hoa-thanh-phan' THEN 'ttpvhcc'
        WHEN 'so-hoa-ket-qua' THEN 'ttpvhcc'
        WHEN 'hai-long' THEN 'ttpvhcc'
        WHEN 'dvc-muc-do-3-4' THEN 'ttpvhcc'
        WHEN 'van-ban-dien-tu' THEN 'van-phong'
        WHEN 'chi-phi-tuan-thu' THEN 'van-phong'
        WHEN 'hoi-nghi-doi-thoai' THEN 'van-phong'
        WHEN 'ho-so-khong-phu-thuoc-dia-gioi' THEN 'ttpvhcc'
        END,
      min_value = CASE WHEN unit = '%' OR id = 'hoi-nghi-doi-thoai' THEN 0 END,
      max_value = CASE WHEN unit = '%' THEN 100 WHEN id = 'hoi-nghi-doi-thoai' THEN 12 END;
    UPDATE indicators SET responsible_position = NULL
      WHERE responsible_position NOT IN (SELECT id FROM positions);
    UPDATE unit SET report_recipients = '["UBND tỉnh (Sở Nội vụ);", "TT Đảng ủy;", "TT HĐND xã;", "CT, các PCT UBND xã;", "UBMTTQ Việt Nam và các tổ chức chính trị - xã hội xã;", "Trung tâm phục vụ hành chính công xã;", "Trang thông tin điện tử xã;", "Lưu: VT."]';

    CREATE TABLE indicator_values (
      indicator_id TEXT NOT NULL REFERENCES indicators(id),
      period       TEXT NOT NULL CHECK (
        period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[13]'
        OR period GLOB '[0-9][0-9][0-9][0-9]-H1'),
      value        REAL NOT NULL,
      note         TEXT,
      evidence     TEXT,
      recorded_by  TEXT REFERENCES officials(id),
      recorded_on  TEXT NOT NULL CHECK (date(recorded_on, '+0 days') IS recorded_on),
      created_at   TEXT NOT NULL,
      PRIMARY KEY (indicator_id, period)
    ) WITHOUT ROWID;
    """

  /// Where a change came from: the audit records the channel (`shell`, `json`, `http`), the OS
  /// account's uid (its name stays in `os_user`) and the caller's network address (empty until the
  /// network server). Rows written before keep NULL for what was not recorded; every new row must
  /// name its channel and uid. The audit stays append-only (its triggers are untouched).
  static let v3 = """
    ALTER TABLE audit ADD COLUMN channel TEXT CHECK (channel IS NULL OR channel IN ('shell', 'json', 'http'));
    ALTER TABLE audit ADD COLUMN os_uid INTEGER CHECK (os_uid IS NULL OR os_uid >= 0);
    ALTER TABLE audit ADD COLUMN remote_addr TEXT NOT NULL DEFAULT '';
    CREATE TRIGGER audit_rows_name_channel_and_uid BEFORE INSERT ON audit
      WHEN NEW.channel IS NULL OR NEW.os_uid IS NULL
      BEGIN SELECT RAISE(ABORT, 'an audit row names its channel and OS uid'); END;
    """

  /// Domain dates and separate fields: a duty records the day it was completed (with its result
  /// and evidence) or cancelled (with its reason), each progress report its day and whose part it
  /// is. Rows written before keep what can be recovered from their progress history.
  static let v2 = """
    ALTER TABLE duties ADD COLUMN completed_on TEXT CHECK (completed_on IS NULL OR date(completed_on, '+0 days') IS completed_on);
    ALTER TABLE duties ADD COLUMN result TEXT;
    ALTER TABLE duties ADD COLUMN evidence TEXT;
    ALTER TABLE duties ADD COLUMN cancelled_on TEXT CHECK (cancelled_on IS NULL OR date(cancelled_on, '+0 days') IS cancelled_on);
    ALTER TABLE duties ADD COLUMN cancel_reason TEXT;
    ALTER TABLE duty_progress ADD COLUMN day TEXT CHECK (day IS NULL OR date(day, '+0 days') IS day);
    ALTER TABLE duty_progress ADD COLUMN part TEXT CHECK (part IS NULL OR part IN ('lead', 'coordinator', 'chair'));

    -- Before v2 the day was the machine's (UTC) and the result or the cancel reason overwrote the note.
    UPDATE duty_progress SET day = substr(at, 1, 10);
    UPDATE duty_progress SET part = CASE
      WHEN official_id IS NOT NULL AND official_id = (SELECT lead_id FROM duties d WHERE d.id = duty_id) THEN 'lead'
      WHEN official_id IN (SELECT official_id FROM duty_coordinators c WHERE c.duty_id = duty_progress.duty_id)
        THEN 'coordinator'
      ELSE 'chair' END;
    UPDATE duties SET
      completed_on = (SELECT p.day FROM duty_progress p WHERE p.duty_id = duties.id AND p.status = 'done'
                      ORDER BY p.id DESC LIMIT 1),
      result = (SELECT p.note FROM duty_progress p WHERE p.duty_id = duties.id AND p.status = 'done'
                ORDER BY p.id DESC LIMIT 1)
      WHERE status = 'done';
    UPDATE duties SET
      cancelled_on = (SELECT p.day FROM duty_progress p WHERE p.duty_id = duties.id AND p.status = 'cancelled'
                      ORDER BY p.id DESC LIMIT 1),
      cancel_reason = (SELECT p.note FROM duty_progress p WHERE p.duty_id = duties.id AND p.status = 'cancelled'
                       ORDER BY p.id DESC LIMIT 1)
      WHERE status = 'cancelled';
    -- The note had been overwritten by the reason or the result: the note before it is not recoverable.
    UPDATE duties SET note = NULL WHERE status = 'cancelled' AND note IS cancel_reason;
    UPDATE duties SET note = NULL WHERE status = 'done' AND note IS result;
    CREATE INDEX duties_by_period_lead ON duties(period, lead_id);
    """

  static let v1 = """
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    );

    CREATE TABLE unit (
      id        TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      name      TEXT NOT NULL CHECK (name <> ''),
      level     TEXT NOT NULL CHECK (level <> ''),
      full_name TEXT NOT NULL,
      parents   TEXT NOT NULL CHECK (json_valid(parents)),
      note      TEXT,
      search_key TEXT NOT NULL
    );

    CREATE TABLE skills (
      id   TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      name TEXT NOT NULL CHECK (name <> '')
    );

    CREATE TABLE positions (
      id            TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      name          TEXT NOT NULL CHECK (name <> ''),
      position_group TEXT NOT NULL CHECK (position_group IN ('lanh-dao', 'chuyen-mon', 'dang-doan-the')),
      can_lead      INTEGER NOT NULL CHECK (can_lead IN (0, 1)),
      legacy_titles TEXT NOT NULL CHECK (json_valid(legacy_titles)),
      note          TEXT,
      search_key    TEXT NOT NULL,
      CHECK (NOT (position_group = 'dang-doan-the' AND can_lead = 1))
    );

    CREATE TABLE officials (
      id           TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      unit_id      TEXT NOT NULL REFERENCES unit(id),
      name         TEXT NOT NULL CHECK (name <> ''),
      position_id  TEXT NOT NULL REFERENCES positions(id),
      legacy_title TEXT NOT NULL,
      kind         TEXT NOT NULL CHECK (kind IN ('can-bo', 'cong-chuc')),
      role         TEXT NOT NULL CHECK (role IN ('viewer', 'official', 'chair')),
      capacity     INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 744),
      active       INTEGER NOT NULL CHECK (active IN (0, 1)),
      vacant       INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1)),
      note         TEXT,
      search_key   TEXT NOT NULL,
      version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
      CHECK (NOT (vacant = 1 AND active = 1))
    );
    CREATE INDEX officials_by_position ON officials(position_id);
    CREATE INDEX officials_by_unit ON officials(unit_id);

    CREATE TABLE official_skills (
      official_id TEXT NOT NULL REFERENCES officials(id) ON DELETE CASCADE,
      skill_id    TEXT NOT NULL REFERENCES skills(id),
      PRIMARY KEY (official_id, skill_id)
    ) WITHOUT ROWID;

    CREATE TABLE areas (
      id          INTEGER PRIMARY KEY NOT NULL CHECK (id BETWEEN 0 AND 6),
      code        TEXT NOT NULL UNIQUE CHECK (code <> ''),
      name        TEXT NOT NULL CHECK (name <> ''),
      local_name  TEXT NOT NULL CHECK (local_name <> ''),
      reform_area INTEGER NOT NULL CHECK (reform_area IN (0, 1)),
      description TEXT,
      search_key  TEXT NOT NULL,
      CHECK ((id = 0) = (reform_area = 0))
    );

    CREATE TABLE baseline_figures (
      key    TEXT PRIMARY KEY NOT NULL CHECK (key <> ''),
      name   TEXT NOT NULL,
      value  REAL NOT NULL,
      unit   TEXT NOT NULL,
      period TEXT NOT NULL,
      line   INTEGER NOT NULL CHECK (line >= 1),
      text   TEXT NOT NULL,
      note   TEXT
    );

    CREATE TABLE indicators (
      id         TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      name       TEXT NOT NULL CHECK (name <> ''),
      unit       TEXT NOT NULL,
      note       TEXT,
      search_key TEXT NOT NULL
    );

    CREATE TABLE indicator_baselines (
      indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      baseline_key TEXT NOT NULL REFERENCES baseline_figures(key),
      ordinal      INTEGER NOT NULL,
      PRIMARY KEY (indicator_id, baseline_key)
    ) WITHOUT ROWID;

    CREATE TABLE indicator_targets (
      indicator_id TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
      year         INTEGER NOT NULL CHECK (year BETWEEN 2026 AND 2030),
      value        REAL,
      comparator   TEXT CHECK (comparator IN ('>=', '<=', '=')),
      source       TEXT NOT NULL,
      PRIMARY KEY (indicator_id, year),
      CHECK ((value IS NULL) = (comparator IS NULL))
    ) WITHOUT ROWID;

    CREATE TABLE plan_items (
      id                  TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      area_id             INTEGER NOT NULL REFERENCES areas(id),
      ordinal             INTEGER NOT NULL,
      kind                TEXT NOT NULL CHECK (kind IN ('task', 'solution')),
      title               TEXT NOT NULL CHECK (title <> ''),
      text                TEXT NOT NULL CHECK (text <> ''),
      source_sentence     TEXT,
      source_first_line   INTEGER CHECK (source_first_line >= 1),
      source_last_line    INTEGER CHECK (source_last_line >= source_first_line),
      source_reference    TEXT,
      recurrence          TEXT NOT NULL
        CHECK (recurrence IN ('year', 'half-year', 'quarter', 'month', 'continuous', 'once')),
      recurrence_month    INTEGER CHECK (recurrence_month BETWEEN 1 AND 12),
      recurrence_day      INTEGER CHECK (recurrence_day BETWEEN 1 AND 31),
      recurrence_quarters TEXT CHECK (recurrence_quarters IS NULL OR json_valid(recurrence_quarters)),
      recurrence_due      TEXT CHECK (recurrence_due IS NULL OR date(recurrence_due, '+0 days') IS recurrence_due),
      recurrence_basis    TEXT,
      effort              INTEGER NOT NULL CHECK (effort BETWEEN 0 AND 744),
      note                TEXT,
      search_key          TEXT NOT NULL,
      UNIQUE (area_id, ordinal),
      CHECK (source_sentence IS NOT NULL OR source_reference IS NOT NULL),
      CHECK (source_sentence IS NULL OR instr(source_sentence, text) > 0),
      CHECK ((recurrence = 'year') = (recurrence_month IS NOT NULL)),
      CHECK ((recurrence = 'once') = (recurrence_due IS NOT NULL))
    );

    CREATE TABLE plan_item_positions (
      item_id     TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
      position_id TEXT NOT NULL REFERENCES positions(id),
      role        TEXT NOT NULL CHECK (role IN ('lead', 'coordinator')),
      ordinal     INTEGER NOT NULL,
      PRIMARY KEY (item_id, role, position_id)
    ) WITHOUT ROWID;

    CREATE TABLE plan_item_skills (
      item_id  TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
      skill_id TEXT NOT NULL REFERENCES skills(id),
      PRIMARY KEY (item_id, skill_id)
    ) WITHOUT ROWID;

    CREATE TABLE plan_item_indicators (
      item_id      TEXT NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
      indicator_id TEXT NOT NULL REFERENCES indicators(id),
      PRIMARY KEY (item_id, indicator_id)
    ) WITHOUT ROWID;

    CREATE TABLE calendar (
      id        INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
      first_day TEXT NOT NULL CHECK (date(first_day, '+0 days') IS first_day),
      last_day  TEXT NOT NULL CHECK (date(last_day, '+0 days') IS last_day AND last_day >= first_day),
      weekend   TEXT NOT NULL CHECK (json_valid(weekend)),
      rule      TEXT
    );

    CREATE TABLE calendar_days (
      date      TEXT PRIMARY KEY NOT NULL CHECK (date(date, '+0 days') IS date),
      kind      TEXT NOT NULL CHECK (kind IN ('holiday', 'compensatory', 'day-off', 'workday')),
      code      TEXT NOT NULL,
      name      TEXT NOT NULL,
      projected INTEGER NOT NULL CHECK (projected IN (0, 1)),
      note      TEXT
    );

    -- One lead per duty: a column, never a link table.
    CREATE TABLE duties (
      id           TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
      unit_id      TEXT NOT NULL REFERENCES unit(id),
      plan_item_id TEXT REFERENCES plan_items(id),
      area_id      INTEGER NOT NULL REFERENCES areas(id),
      title        TEXT NOT NULL CHECK (title <> ''),
      due          TEXT NOT NULL CHECK (date(due, '+0 days') IS due),
      period       TEXT NOT NULL CHECK (date(period || '-01', '+0 days') IS period || '-01'),
      effort       INTEGER NOT NULL CHECK (effort BETWEEN 0 AND 744),
      status       TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'doing', 'done', 'cancelled')),
      percent      INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
      lead_id      TEXT REFERENCES officials(id),
      pinned       INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
      note         TEXT,
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
      search_key   TEXT NOT NULL,
      CHECK (status <> 'done' OR percent = 100)
    );
    CREATE INDEX duties_by_lead ON duties(lead_id, due);
    CREATE INDEX duties_by_item ON duties(plan_item_id);
    CREATE INDEX duties_by_due ON duties(due);

    CREATE TABLE duty_coordinators (
      duty_id     TEXT NOT NULL REFERENCES duties(id) ON DELETE CASCADE,
      official_id TEXT NOT NULL REFERENCES officials(id),
      PRIMARY KEY (duty_id, official_id)
    ) WITHOUT ROWID;
    CREATE INDEX duty_coordinators_by_official ON duty_coordinators(official_id);

    CREATE TABLE duty_progress (
      id          INTEGER PRIMARY KEY,
      duty_id     TEXT NOT NULL REFERENCES duties(id) ON DELETE CASCADE,
      at          TEXT NOT NULL,
      official_id TEXT REFERENCES officials(id),
      status      TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done', 'cancelled')),
      percent     INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
      note        TEXT
    );
    CREATE INDEX duty_progress_by_duty ON duty_progress(duty_id, at);

    CREATE TABLE leaves (
      id          INTEGER PRIMARY KEY,
      official_id TEXT NOT NULL REFERENCES officials(id),
      first_day   TEXT NOT NULL CHECK (date(first_day, '+0 days') IS first_day),
      last_day    TEXT NOT NULL CHECK (date(last_day, '+0 days') IS last_day AND last_day >= first_day),
      reason      TEXT,
      cancelled   INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
      created_at  TEXT NOT NULL,
      version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE INDEX leaves_by_official ON leaves(official_id, first_day);

    -- Who changed what: written in the same transaction as every change, never updated or deleted.
    CREATE TABLE audit (
      id          INTEGER PRIMARY KEY AUTOINCREMENT,
      at          TEXT NOT NULL,
      official_id TEXT,
      os_user     TEXT NOT NULL,
      action      TEXT NOT NULL CHECK (action <> ''),
      entity      TEXT NOT NULL,
      entity_id   TEXT,
      before      TEXT CHECK (before IS NULL OR json_valid(before)),
      after       TEXT CHECK (after IS NULL OR json_valid(after))
    );
    CREATE INDEX audit_by_entity ON audit(entity, entity_id);
    CREATE INDEX audit_by_official ON audit(official_id, at);
    CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit rows are never changed'); END;
    CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit rows are never deleted'); END;
    """
}
