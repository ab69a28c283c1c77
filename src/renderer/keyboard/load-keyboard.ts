// simple-keyboard and the language's letters, fetched on the first focus of a field: a
// technician who only reads the list never downloads them, and they stay out of the first
// bundle the kiosk loads.
import { letterRowsOf, type KeyboardLanguage } from './keyboard-layouts.js';

const LETTERS: Record<KeyboardLanguage, () => Promise<unknown>> = {
  fr: () => import('simple-keyboard-layouts/build/layouts/french.js'),
  de: () => import('simple-keyboard-layouts/build/layouts/german.js'),
  en: () => import('simple-keyboard-layouts/build/layouts/english.js'),
};

interface PackageLayout {
  layout: Record<string, string[]>;
}

const isLayout = (value: unknown): value is PackageLayout =>
  typeof value === 'object' && value !== null && 'layout' in value;

// The layout files are ES modules inside a CommonJS package: the bundler hands the layout over
// as the module's default, TypeScript's typings put it one level deeper. Take where it is.
function layoutIn(module: unknown): PackageLayout {
  const inner = (module as { default?: unknown }).default;
  const layout = [inner, (inner as { default?: unknown } | undefined)?.default].find(isLayout);
  if (!layout) throw new Error('simple-keyboard-layouts: no layout in the module');
  return layout;
}

export async function loadKeyboard(language: KeyboardLanguage) {
  const [keyboard, letters] = await Promise.all([
    import('simple-keyboard/build/index.modern.esm.js'),
    LETTERS[language](),
  ]);
  return { SimpleKeyboard: keyboard.default, letters: letterRowsOf(layoutIn(letters)) };
}

export type LoadedKeyboard = Awaited<ReturnType<typeof loadKeyboard>>;
