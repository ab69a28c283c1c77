import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  parseCliOptions,
} from '../../../src/backend/cli-options.js';
import { useTempDirs } from './support/temp-dirs.js';

const tempDir = useTempDirs();
const CLI = ['--import', 'tsx', 'src/backend/cli.ts'];

describe('backend command line options', () => {
  it('defaults to port 4780 on loopback, ./.csm-data/backend, no SMTP, no QA, no demo', () => {
    expect(parseCliOptions([])).toEqual({
      ok: true,
      value: {
        help: false,
        port: DEFAULT_PORT,
        dataDir: DEFAULT_DATA_DIR,
        smtp: null,
        qa: false,
        demo: false,
      },
    });
    expect(DEFAULT_PORT).toBe(4780);
  });

  it('reads --port, --data-dir, --smtp host:port and --qa', () => {
    const parsed = parseCliOptions([
      '--port',
      '0',
      '--data-dir',
      '/tmp/x',
      '--smtp',
      'localhost:1025',
      '--qa',
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      value: { port: 0, dataDir: '/tmp/x', smtp: { host: 'localhost', port: 1025 }, qa: true },
    });
    expect(parseCliOptions(['--smtp', '[::1]:25'])).toMatchObject({
      value: { smtp: { host: '::1', port: 25 } },
    });
  });

  it('reads --demo', () => {
    expect(parseCliOptions(['--demo'])).toMatchObject({ ok: true, value: { demo: true } });
  });

  it.each([
    [['--bogus'], /^Option inconnue : --bogus/],
    [['--port'], /^Valeur manquante ou inattendue pour --port/],
    [['--port', '70000'], /^--port attend un nombre entre 0 et 65535/],
    [['--port', 'abc'], /^--port attend/],
    [['--smtp', 'localhost'], /^--smtp attend hôte:port/],
    [['serve'], /^Argument inattendu : serve/],
  ])('refuses %j with one French line', (args, message) => {
    const parsed = parseCliOptions(args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toMatch(message);
      expect(parsed.error.message).not.toContain('\n');
    }
  });
});

describe('npm run backend', () => {
  it('--help lists every option', () => {
    const run = spawnSync(process.execPath, [...CLI, '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const option of ['--port', '--data-dir', '--smtp', '--qa', '--demo', '--help']) {
      expect(run.stdout).toContain(option);
    }
  });

  it('exits 2 with one French line on a bad option', () => {
    const run = spawnSync(process.execPath, [...CLI, '--prot', '80'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('Option inconnue : --prot (voir --help).');
  });

  it('prints its URL, serves, and shuts down cleanly on SIGTERM', { timeout: 20_000 }, async () => {
    const child = spawn(process.execPath, [...CLI, '--port', '0', '--data-dir', tempDir()], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    expect(line).toMatch(/^Serveur CSM de référence : http:/);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0];
    expect(url).toBeDefined();
    expect((await fetch(`${url}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
