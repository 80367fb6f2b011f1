/**
 * The per-patient read at registry scale: fill a PostgreSQL database with N synthetic patients
 * (default 1,000,000; each with 4 visits, 4 weights, 4 ALSFRS-R, 4 vital capacities, a history, an
 * examination of 4 regions, 2 investigations and a medication, made by SQL from generate_series:
 * 26 rows a patient), then read one patient's case the way the
 * server does (`loadVersionedPatientCase` of @betz/store: the facts and the versions the assessment cache checks, in one statement), capture the SQL it sends, and print the plan and
 * timing of each statement (EXPLAIN ANALYZE, BUFFERS). docs/scaling.md quotes its output.
 *
 *   npm run build
 *   node scripts/scale-explain.mjs postgres://postgres@127.0.0.1:5432/betz_scale [N]   # fill, then explain
 *   node scripts/scale-explain.mjs postgres://…/betz_scale --explain-only               # explain again
 *
 * The database must be empty or one this script filled (it refuses one with other patients).
 * Synthetic rows only: names are "Synthetic <n>", nothing is drawn from a person.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

const [url, arg] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/scale-explain.mjs DATABASE_URL [N | --explain-only]');
  process.exit(2);
}
const explainOnly = arg === '--explain-only';
const N = explainOnly ? 0 : Number(arg ?? 1_000_000);
const BATCH = 50_000;
const USER = '00000000-0000-4000-8000-00000000b372';

const store = await import('../packages/store/dist/index.js');
const client = new pg.Client({ connectionString: url });
await client.connect();
const q = (text, values) => client.query(text, values);

const t0 = performance.now();
if (!explainOnly) {
  const s = await store.openStore({ backend: 'postgres', connectionString: url });
  await s.close();
  const { rows } = await q('SELECT count(*)::int AS n FROM patient');
  if (rows[0].n > 0) {
    console.error(`${url} holds ${rows[0].n} patients already: use --explain-only, or an empty database`);
    process.exit(2);
  }
  await q(
    `INSERT INTO app_user (id, username, display_name, roles, password_hash)
     VALUES ($1, 'scale.loader', 'Scale loader', ARRAY['clinician'], '$argon2id$v=19$m=19456,t=2,p=1$c2NhbGU$c2NhbGU')
     ON CONFLICT DO NOTHING`,
    [USER],
  );
  // Deterministic ids from the row number: md5 of a label, read as a uuid.
  const id = (label) => `md5('${label}' || g)::uuid`;
  const idk = (label) => `md5('${label}' || g || '-' || k)::uuid`;
  // Bulk load: the foreign keys hold by construction (every id is derived from the same row
  // number), so their per-row triggers are skipped for this session (needs a superuser).
  await q('SET session_replication_role = replica');
  for (let a = 1; a <= N; a += BATCH) {
    const b = Math.min(N, a + BATCH - 1);
    await q('BEGIN');
    await q(
      `INSERT INTO patient (id, research_id, family_name, given_name, sex, birth_date, created_by, updated_by)
       SELECT ${id('p')}, ${id('r')}, 'Synthetic', 'Patient ' || g, (ARRAY['male','female'])[1 + g % 2],
              date '1940-01-01' + (g % 18000), $3, $3
       FROM generate_series($1::int, $2::int) g`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO history (id, patient_id, recorded_by, updated_by, onset_date, onset_site)
       SELECT ${id('h')}, ${id('p')}, $3, $3, date '2022-01-01' + (g % 700), (ARRAY['bulbar','cervical','lumbosacral'])[1 + g % 3]
       FROM generate_series($1::int, $2::int) g`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO visit (id, patient_id, recorded_by, updated_by, date, kind)
       SELECT ${idk('v')}, ${id('p')}, $3, $3, date '2024-01-01' + (g % 300) + 90 * k, 'clinic'
       FROM generate_series($1::int, $2::int) g, generate_series(0, 3) k`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO weight (id, patient_id, visit_id, recorded_by, updated_by, date, weight_kg)
       SELECT ${idk('w')}, ${id('p')}, ${idk('v')}, $3, $3, date '2024-01-01' + (g % 300) + 90 * k, 80 - k - (g % 20)
       FROM generate_series($1::int, $2::int) g, generate_series(0, 3) k`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO alsfrsr (id, patient_id, visit_id, recorded_by, updated_by, date, speech, salivation, swallowing,
         handwriting, cutting_without_gastrostomy, dressing, turning_in_bed, walking, climbing_stairs, dyspnoea,
         orthopnoea, respiratory_insufficiency)
       SELECT ${idk('a')}, ${id('p')}, ${idk('v')}, $3, $3, date '2024-01-01' + (g % 300) + 90 * k,
              4 - k % 2, 4, 4 - k / 2, 3, 3, 3, 4 - k / 2, 3, 2, 4, 4, 4
       FROM generate_series($1::int, $2::int) g, generate_series(0, 3) k`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO vital_capacity (id, patient_id, visit_id, recorded_by, updated_by, date, kind, posture, percent_predicted)
       SELECT ${idk('c')}, ${id('p')}, ${idk('v')}, $3, $3, date '2024-01-01' + (g % 300) + 90 * k, 'FVC', 'sitting', 95 - 6 * k
       FROM generate_series($1::int, $2::int) g, generate_series(0, 3) k`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO exam (id, patient_id, visit_id, recorded_by, updated_by, date)
       SELECT ${id('e')}, ${id('p')}, md5('v' || g || '-0')::uuid, $3, $3, date '2024-01-01' + (g % 300)
       FROM generate_series($1::int, $2::int) g`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO exam_region (exam_id, exam_version, ordinal, region, side, umn_signs, weakness, wasting, fasciculations)
       SELECT ${id('e')}, 1, k, (ARRAY['bulbar','cervical','cervical','lumbosacral'])[k + 1],
              (ARRAY['midline','left','right','right'])[k + 1], CASE WHEN k = 0 THEN ARRAY['jawJerk'] ELSE ARRAY['hyperreflexia'] END,
              k > 0, k = 1, k > 1
       FROM generate_series($1::int, $2::int) g, generate_series(0, 3) k`,
      [a, b],
    );
    await q(
      `INSERT INTO investigation (id, patient_id, recorded_by, updated_by, code, date, result)
       SELECT ${idk('i')}, ${id('p')}, $3, $3, (ARRAY['b12','mriCervicalSpine'])[k + 1], date '2024-01-01' + (g % 300), 'normal'
       FROM generate_series($1::int, $2::int) g, generate_series(0, 1) k`,
      [a, b, USER],
    );
    await q(
      `INSERT INTO medication (id, patient_id, recorded_by, updated_by, drug, start_date)
       SELECT ${id('m')}, ${id('p')}, $3, $3, 'riluzole', date '2024-02-01' + (g % 300)
       FROM generate_series($1::int, $2::int) g`,
      [a, b, USER],
    );
    await q('COMMIT');
    const s = (performance.now() - t0) / 1000;
    process.stderr.write(`\r${b.toLocaleString('en-US')} patients in ${s.toFixed(0)} s`);
  }
  process.stderr.write('\n');
  await q('SET session_replication_role = DEFAULT');
  await q('ANALYZE');
}

const counts = await q(
  `SELECT (SELECT count(*) FROM patient)::int AS patients, (SELECT count(*) FROM visit)::int AS visits,
          (SELECT count(*) FROM weight)::int AS weights, (SELECT count(*) FROM alsfrsr)::int AS alsfrsr,
          (SELECT count(*) FROM vital_capacity)::int AS vc, pg_size_pretty(pg_database_size(current_database())) AS size`,
);
console.log('database:', JSON.stringify(counts.rows[0]));

// The server's read of one patient, with the SQL it sends captured.
const captured = [];
const db = new Kysely({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  log: (event) => {
    if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  },
});
const middle = Math.max(1, Math.floor(counts.rows[0].patients / 2));
const patientId = (await q(`SELECT md5('p' || $1::int)::uuid AS id`, [middle])).rows[0].id;
// Twice: the first read of a cold connection pays for planning and the cache; the second is the usual one.
await store.loadVersionedPatientCase(db, patientId);
captured.length = 0;
const started = performance.now();
const { case: read } = await store.loadVersionedPatientCase(db, patientId);
const ms = performance.now() - started;
console.log(
  `loadVersionedPatientCase(patient ${middle}): ${captured.length} statement(s), ${ms.toFixed(1)} ms (second read); ${(read.weights ?? []).length} weights, ${(read.alsfrsr ?? []).length} ALSFRS-R`,
);
for (const [i, c] of captured.entries()) {
  if (!/^\s*select/i.test(c.sql)) continue;
  const plan = await q(`EXPLAIN (ANALYZE, BUFFERS) ${c.sql}`, c.parameters);
  const lines = plan.rows.map((r) => r['QUERY PLAN']);
  const scans = lines.filter((l) => /Scan/.test(l)).map((l) => l.trim().replace(/\s+\(cost.*$/, ''));
  const seq = scans.filter((l) => /Seq Scan/.test(l));
  console.log(
    `statement ${i + 1}: ${lines.find((l) => /Execution Time/.test(l))?.trim()}; ${scans.length} scans, sequential: ${seq.length ? seq.join('; ') : 'none'}`,
  );
  if (process.env.SCALE_PLANS) console.log(lines.join('\n'));
}
await db.destroy();
await client.end();
