// Build step: marks the chunks every technician's taps run with V8's explicit compile hint, the
// magic comment `//# allFunctionsCalledOnLoad` as the file's first line (Chrome 136+). V8
// otherwise compiles a function the first time it is called, on the main thread, in the middle
// of that tap: in a trace of the interaction bench the first visit of each screen spent 1 to
// 6.5 ms compiling (Réglages 4.1, the register form's Suite 6.5; 29 ms over 21 taps). With the
// hint the chunks' functions are compiled as they load (the kiosk's after the first frame, the
// keyboard's while a form sits idle; the same trace: 1.4 ms over the 21 taps), for 266 KB more
// bytecode in the heap. Lazy parts stay
// lazy: the QA console, the demo, the other languages' words, the password checker and its
// dictionaries (never compiled unless used).
import type { Plugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  code: string;
}

/** The chunks whose entry module matches one of `roots`, with every chunk they import
 * statically (what loads with them). */
export function chunksLoadedWith(chunks: readonly ChunkLike[], roots: readonly RegExp[]) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const marked = new Set<string>();
  const mark = (file: string) => {
    const chunk = byFile.get(file);
    if (!chunk || marked.has(file)) return;
    marked.add(file);
    chunk.imports.forEach(mark);
  };
  for (const chunk of chunks) {
    const entry = chunk.facadeModuleId?.replaceAll('\\', '/');
    if (entry && roots.some((root) => root.test(entry))) mark(chunk.fileName);
  }
  return [...marked].flatMap((file) => byFile.get(file) ?? []);
}

/** `roots`: the entry modules (and dynamic imports) whose chunks get the hint. The build has no
 * source maps: the line added on top would shift them. */
export function eagerCompile(roots: readonly RegExp[]): Plugin {
  return {
    name: 'csm-eager-compile',
    apply: 'build',
    // Last of all: Vite puts its table of lazy imports (`__vite__mapDeps`) on top of a chunk in
    // this hook, and the hint must stay the file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter(
          (output): output is (typeof bundle)[string] & ChunkLike => output.type === 'chunk',
        );
        for (const chunk of chunksLoadedWith(chunks, roots)) {
          chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
