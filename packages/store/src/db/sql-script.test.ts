import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from './sql-script.js';

describe('splitSqlStatements', () => {
  it('splits on semicolons outside comments, strings and dollar-quoted bodies', () => {
    const script = `
      -- a comment; with a semicolon
      CREATE TABLE t (a text CHECK (a <> ';'), "b;c" int); /* block; comment */
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'x; y'; END;
      $$;
      INSERT INTO t VALUES ('it''s; fine', 1)`;
    const statements = splitSqlStatements(script);
    expect(statements).toHaveLength(3);
    expect(statements[0]).toContain(`CHECK (a <> ';'), "b;c" int)`);
    expect(statements[1]).toMatch(/\$\$\s+BEGIN RAISE EXCEPTION 'x; y'; END;\s+\$\$$/);
    expect(statements[2]).toBe(`INSERT INTO t VALUES ('it''s; fine', 1)`);
  });

  it('gives nothing for a script of comments only', () => {
    expect(splitSqlStatements('-- nothing\n/* here */\n')).toEqual([]);
  });
});
