import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The desk is built into web/dist and served by the API's own Express process at `/`.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/documents': 'http://localhost:4000' } },
});
