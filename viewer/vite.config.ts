import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The viewer build (viewer/dist, served by `stancegraph serve`) and dev server. In dev, /api goes to
 * a running `stancegraph serve --port 5174` (or STANCEGRAPH_API).
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: {
    port: 5173,
    strictPort: false,
    host: '127.0.0.1',
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': { target: process.env.STANCEGRAPH_API ?? 'http://127.0.0.1:5174', changeOrigin: false } },
  },
});
