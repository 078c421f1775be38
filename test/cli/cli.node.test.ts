import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { main, validateFiles } from '../../src/cli/cli.js';

/** Runs `main` with its console output captured: a test file's stdout is the test runner's channel. */
async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const { log, error } = console;
  console.log = (s: string) => lines.push(s);
  console.error = (s: string) => lines.push(s);
  try {
    return { code: await main(argv), out: lines.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

const SEEDS = readdirSync('demo/data')
  .filter((f) => f.endsWith('.json'))
  .map((f) => `demo/data/${f}`);

describe('nghiquyet-widgets validate', () => {
  it('finds the four seed resolutions', () => {
    assert.equal(SEEDS.length, 4);
  });

  for (const file of [...SEEDS, 'demo/data/samples/all-kinds.json', 'demo/data/samples/empty.json']) {
    it(`validates ${file}`, async () => {
      const [report] = await validateFiles([file]);
      assert.deepEqual(report?.issues, []);
      assert.equal(report?.ok, true);
    });
  }

  it('reports each issue of an invalid file with its path, and exits 1', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/cli.ts', 'validate', 'demo/data/samples/invalid.json', '--lang', 'en'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /✗ demo\/data\/samples\/invalid\.json: \d+ issues/);
    assert.match(run.stdout, /\$\.date {2}"2024-02-30" is not a real date/);
  });

  it('runs through a symlink, as npm installs a bin', () => {
    const link = join(mkdtempSync(join(tmpdir(), 'nq-cli-')), 'nghiquyet-widgets');
    symlinkSync(resolve('src/cli/cli.ts'), link);
    const run = spawnSync(process.execPath, ['--import', 'tsx', link, 'validate', 'demo/data/samples/invalid.json'], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /\$\.date/);
  });

  it('exits 0 for valid files and prints in Vietnamese by default', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', 'validate', ...SEEDS], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout.match(/hợp lệ/g)?.length, 4);
  });

  it('exits 1 for a file that cannot be read', async () => {
    const { code, out } = await run(['validate', 'no/such/file.json']);
    assert.equal(code, 1);
    assert.match(out, /Không đọc được tệp/);
  });

  it('exits 2 on a usage error', async () => {
    for (const argv of [
      [],
      ['validate'],
      ['validate', 'x.json', '--lang', 'fr'],
      ['check', 'x.json'],
      ['validate', '--strict', 'x.json'],
    ]) {
      assert.equal((await run(argv)).code, 2, argv.join(' '));
    }
  });

  it('prints JSON with --json', async () => {
    const { out } = await run(['validate', 'demo/data/samples/invalid.json', '--json']);
    const parsed = JSON.parse(out) as { ok: boolean; issues: { path: string }[] }[];
    assert.equal(parsed[0]?.ok, false);
    assert.ok(parsed[0]?.issues.some((i) => i.path === '$.date'));
  });
});
