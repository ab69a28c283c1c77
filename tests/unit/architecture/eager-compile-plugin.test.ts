// Which chunks get V8's eager-compile hint: an entry's chunk and all it imports statically,
// never what it only imports on demand.
import { describe, expect, it } from 'vitest';
import { chunksLoadedWith } from '../../../src/renderer/build/eager-compile-plugin.js';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  code: '',
});

describe('chunksLoadedWith', () => {
  const chunks = [
    chunk('main.js', '/app/src/renderer/main.tsx', ['react.js']),
    chunk('react.js', null),
    chunk('kiosk.js', '/app/src/renderer/kiosk.tsx', ['react.js', 'screens.js']),
    chunk('screens.js', null, ['kiosk.js']),
    chunk('qa.js', '/app/src/renderer/qa.tsx', ['react.js', 'qa-only.js']),
    chunk('qa-only.js', null),
  ];

  it('takes the matching entries with every chunk they import, each once (cycles too)', () => {
    const files = chunksLoadedWith(chunks, [/\/main\.tsx$/, /\/kiosk\.tsx$/]).map(
      (c) => c.fileName,
    );
    expect(files.sort()).toEqual(['kiosk.js', 'main.js', 'react.js', 'screens.js']);
  });

  it('leaves out what no matching entry loads, and reads Windows paths alike', () => {
    const windows = [
      chunk('main.js', 'C:\\app\\src\\renderer\\main.tsx', ['react.js']),
      ...chunks.slice(1),
    ];
    const files = chunksLoadedWith(windows, [/\/renderer\/main\.tsx$/]).map((c) => c.fileName);
    expect(files.sort()).toEqual(['main.js', 'react.js']);
  });
});
