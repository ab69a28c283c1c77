// Types for simple-keyboard's ES-module build, which the keyboard loads: the package's entry
// point is a UMD build (with polyfills a current Chromium does not need) and its typings
// describe that one, so the ESM file is declared here from the same types.
declare module 'simple-keyboard/build/index.modern.esm.js' {
  import type { KeyboardOptions } from 'simple-keyboard';

  export default class SimpleKeyboard {
    constructor(element: HTMLDivElement, options?: KeyboardOptions);
    setOptions(options: KeyboardOptions): void;
    destroy(): void;
  }
}
