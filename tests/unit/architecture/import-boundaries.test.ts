// The architecture is held by lint: for every zone, a probe file importing in a forbidden
// direction is reported, and the same probe importing in an allowed direction is not.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The probes are not in any tsconfig, and the boundary rules need no type information.
const eslint = new ESLint({
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
    // An import that does not resolve would escape the zones: the allowed probes prove it resolves.
    { rules: { 'import-x/no-unresolved': 'error' } },
  ],
});

const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-globals',
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'import-x/no-unresolved',
]);

/** The boundary rules that fire on `code` as if it were the file at `filePath`. */
async function boundaryRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? `fatal: ${m.message}`)
    .filter((rule) => BOUNDARY_RULES.has(rule) || rule.startsWith('fatal'));
}

const importing = (specifier: string) =>
  `import * as probe from '${specifier}';\nexport const x = probe;\n`;

const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';

interface Zone {
  name: string;
  probe: string;
  allowed: string[];
  /** Specifier and the rule that must report it. */
  forbidden: [string, string][];
}

const zones: Zone[] = [
  {
    name: 'contract/csm imports only zod/mini and itself, never contract/kiosk',
    probe: 'src/contract/csm/probe.ts',
    allowed: ['zod/mini', './fields.js'],
    forbidden: [
      ['zod', PACKAGES],
      ['../kiosk/errors.js', PATHS],
      ['../../machines/app-machine.js', PATHS],
      ['../../node/sqlite/migrate.js', PATHS],
      ['xstate', PACKAGES],
      ['node:fs', PACKAGES],
    ],
  },
  {
    name: 'contract/kiosk imports zod/mini, itself and contract/csm, nothing outside the contract',
    probe: 'src/contract/kiosk/probe.ts',
    allowed: ['zod/mini', './errors.js', '../csm/errors.js'],
    forbidden: [
      ['zod', PACKAGES],
      ['../../machines/app-machine.js', PATHS],
      ['../../main/core/clock.js', PATHS],
      ['../../renderer/bridge/api-context.js', PATHS],
      ['../../backend/result.js', PATHS],
      ['../../../tests/support/temp-dir.js', PATHS],
      ['react', PACKAGES],
    ],
  },
  {
    name: 'machines import only xstate and the contract',
    probe: 'src/machines/probe.ts',
    allowed: [
      'xstate',
      '../contract/kiosk/errors.js',
      '../contract/csm/fields.js',
      './app-machine.js',
    ],
    forbidden: [
      ['../renderer/bridge/api-context.js', PATHS],
      ['../main/core/clock.js', PATHS],
      ['../backend/result.js', PATHS],
      ['../node/sqlite/migrate.js', PATHS],
      ['node:fs', PACKAGES],
      ['zod', PACKAGES],
      ['react', PACKAGES],
    ],
  },
  {
    name: 'the renderer imports the contract, the machines and itself, never Node',
    probe: 'src/renderer/bridge/probe.ts',
    allowed: [
      '../../contract/kiosk/errors.js',
      '../../machines/app-machine.js',
      './api-context.js',
      'react',
    ],
    forbidden: [
      ['../../main/core/clock.js', PATHS],
      ['../../backend/result.js', PATHS],
      ['../../node/sqlite/migrate.js', PATHS],
      ['node:fs', PACKAGES],
      ['fs/promises', PACKAGES],
      ['electron', PACKAGES],
      ['better-sqlite3', PACKAGES],
      ['fastify', PACKAGES],
    ],
  },
  {
    name: 'a screen imports shared pieces, never another screen',
    probe: 'src/renderer/screens/token/probe.ts',
    allowed: ['../../components/touch-button.js', '../../hooks/use-clock.js', './token-screen.js'],
    forbidden: [['../home/home-screen.js', PATHS]],
  },
  {
    name: 'shared renderer pieces never depend on a screen',
    probe: 'src/renderer/components/probe.ts',
    allowed: ['./touch-button.js'],
    forbidden: [['../screens/home/home-screen.js', PATHS]],
  },
  {
    name: 'the backend imports only contract/csm, itself, src/node and packages',
    probe: 'src/backend/probe.ts',
    allowed: ['../contract/csm/errors.js', './result.js', '../node/sqlite/migrate.js', 'fastify'],
    forbidden: [
      ['../contract/kiosk/errors.js', PATHS],
      ['../machines/app-machine.js', PATHS],
      ['../renderer/bridge/api-context.js', PATHS],
      ['../main/core/clock.js', PATHS],
      ['electron', PACKAGES],
    ],
  },
  {
    name: 'the core imports the contract, src/node and itself, never a host, the backend nor the renderer',
    probe: 'src/main/core/probe.ts',
    allowed: ['../../contract/kiosk/errors.js', '../../node/sqlite/migrate.js', './clock.js'],
    forbidden: [
      ['../electron/window.js', PATHS],
      ['../emulation/emulation-server.js', PATHS],
      ['../runtime/boot-core.js', PATHS],
      ['../launch.js', PATHS],
      ['../../backend/server.js', PATHS],
      ['../../renderer/bridge/api-context.js', PATHS],
      ['electron', PACKAGES],
    ],
  },
  {
    name: 'the runtime loads the core and the backend, never a host',
    probe: 'src/main/runtime/probe.ts',
    allowed: ['../core/clock.js', '../../backend/server.js'],
    forbidden: [
      ['../electron/window.js', PATHS],
      ['../emulation/emulation-server.js', PATHS],
    ],
  },
  {
    name: 'a host builds on the runtime, never on the other host nor the backend',
    probe: 'src/main/emulation/probe.ts',
    allowed: ['../runtime/boot-core.js', '../core/clock.js'],
    forbidden: [
      ['../electron/window.js', PATHS],
      ['../../backend/server.js', PATHS],
    ],
  },
  {
    name: 'src/node imports nothing of the code that uses it',
    probe: 'src/node/probe.ts',
    allowed: ['./sqlite/migrate.js', 'node:fs'],
    forbidden: [
      ['../main/core/clock.js', PATHS],
      ['../backend/result.js', PATHS],
      ['../contract/csm/fields.js', PATHS],
    ],
  },
];

describe('import boundaries', () => {
  describe.each(zones)('$name', ({ probe, allowed, forbidden }) => {
    it.each(allowed)(`${probe} may import %s`, async (specifier) => {
      expect(await boundaryRules(probe, importing(specifier))).toEqual([]);
    });

    it.each(forbidden)(`${probe} may not import %s`, async (specifier, rule) => {
      expect(await boundaryRules(probe, importing(specifier))).toEqual([rule]);
    });
  });

  it('type-only imports are held to the same zones', async () => {
    const code = "import type { AppError } from '../kiosk/errors.js';\nexport type X = AppError;\n";
    expect(await boundaryRules('src/contract/csm/probe.ts', code)).toEqual([PATHS]);
  });

  it('shipped code never imports tests', async () => {
    expect(
      await boundaryRules(
        'src/main/core/probe.ts',
        importing('../../../tests/support/temp-dir.js'),
      ),
    ).toEqual([PATHS]);
  });

  it('the renderer uses no Node global', async () => {
    const code = 'export const mode = process.env.NODE_ENV;\n';
    expect(await boundaryRules('src/renderer/bridge/probe.ts', code)).toEqual([
      'no-restricted-globals',
    ]);
  });

  it('a module that imports one that imports it back is a cycle', async () => {
    // contract/csm/errors.ts imports fields.ts: fields.ts importing errors.ts closes the loop.
    const code = importing('./errors.js');
    expect(await boundaryRules('src/contract/csm/fields.ts', code)).toEqual(['import-x/no-cycle']);
  });
});
