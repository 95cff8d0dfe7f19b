import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { API_PATH } from './api-paths';

// The desk is built into web/dist and served by the API's own Express process at `/`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    // pdf.js fetches its CMaps (web/src/officers/pdf-document.ts), and the CSP lets it fetch files
    // of the desk's origin, not data: URLs, so they stay files however small.
    assetsInlineLimit: (file) => (file.endsWith('.bcmap') ? false : undefined),
  },
  // `npm run desk:dev` serves the desk from Vite and sends the API's paths to `npm start`'s port
  // (a key starting with ^ is a regular expression to Vite).
  server: { proxy: { [API_PATH.source]: 'http://localhost:4000' } },
});
