import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../src/main/electron-binary.js';

describe('Electron binary detection', () => {
  const fs = (files: Record<string, string>) => ({
    exists: (p: string) => p in files,
    read: (p: string) => files[p] ?? '',
  });

  it('finds the binary named by path.txt in dist', () => {
    const f = fs({ '/e/path.txt': 'electron', '/e/dist/electron': '' });
    expect(findElectronBinary('/e', {}, f.exists, f.read)).toBe('/e/dist/electron');
  });

  it('reports none when the download never happened (no path.txt)', () => {
    const f = fs({});
    expect(findElectronBinary('/e', {}, f.exists, f.read)).toBeNull();
  });

  it('reports none when path.txt names a binary that is missing', () => {
    const f = fs({ '/e/path.txt': 'electron' });
    expect(findElectronBinary('/e', {}, f.exists, f.read)).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const f = fs({ '/e/path.txt': 'electron', '/custom/electron': '' });
    expect(
      findElectronBinary('/e', { ELECTRON_OVERRIDE_DIST_PATH: '/custom' }, f.exists, f.read),
    ).toBe('/custom/electron');
  });

  it('reports none on this machine, where the binary cannot be downloaded', () => {
    expect(
      findElectronBinary(new URL('../../../node_modules/electron/', import.meta.url).pathname),
    ).toBeNull();
  });
});
