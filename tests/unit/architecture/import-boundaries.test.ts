// The architecture is held by lint: these cases prove each boundary rule actually fires.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('machines import only xstate and the contract', async () => {
    const allowed =
      "import { setup } from 'xstate';\nimport { ok } from '../contract/result.js';\nexport const x = [setup, ok];\n";
    expect(await restrictedImports('src/machines/probe.ts', allowed)).toEqual([]);
    for (const bad of ["'node:fs'", "'zod'", "'../main/core/create-core.js'", "'react'"]) {
      const code = `import * as m from ${bad};\nexport const x = m;\n`;
      expect(await restrictedImports('src/machines/probe.ts', code)).toHaveLength(1);
    }
  });

  it('the core never imports electron', async () => {
    const code = "import { app } from 'electron';\nexport const x = app;\n";
    expect(await restrictedImports('src/main/core/probe.ts', code)).toHaveLength(1);
  });

  it('the renderer imports nothing from src/main, src/backend or Node', async () => {
    for (const bad of [
      "'../main/core/create-core.js'",
      "'../../backend/server.js'",
      "'node:fs'",
      "'better-sqlite3'",
    ]) {
      const code = `import * as m from ${bad};\nexport const x = m;\n`;
      expect(await restrictedImports('src/renderer/screens/probe.ts', code)).toHaveLength(1);
    }
    const ok = "import { ok } from '../../contract/result.js';\nexport const x = ok;\n";
    expect(await restrictedImports('src/renderer/screens/probe.ts', ok)).toEqual([]);
  });

  it('the contract imports only zod', async () => {
    const code = "import { setup } from 'xstate';\nexport const x = setup;\n";
    expect(await restrictedImports('src/contract/probe.ts', code)).toHaveLength(1);
  });
});
