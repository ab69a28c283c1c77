// Builds the renderer (React) into dist/renderer, with relative paths so both the emulation
// server and Electron's app:// scheme can serve it. Two pages: the kiosk (index.html) and the QA
// console (qa.html, served only with --qa); they share chunks, the kiosk's first load unchanged.
// The kiosk's page carries its first frame, prerendered (src/renderer/prerender).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { eagerCompile } from './src/renderer/build/eager-compile-plugin.js';
import { prerenderFirstFrame } from './src/renderer/prerender/prerender-plugin.js';

const root = fileURLToPath(new URL('./src/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [
    react(),
    prerenderFirstFrame(root),
    // The kiosk page, the kiosk behind its first frame, and the on-screen keyboard (fetched
    // while a form sits idle): compiled as they load, not on the taps that first run them.
    eagerCompile([
      /\/src\/renderer\/(index\.html|main\.tsx)$/,
      /\/src\/renderer\/kiosk\.tsx$/,
      /\/simple-keyboard\/build\/index\.modern\.esm\.js$/,
    ]),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./src/renderer/index.html', import.meta.url)),
        qa: fileURLToPath(new URL('./src/renderer/qa.html', import.meta.url)),
      },
    },
  },
});
