import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks: (id) => {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (id.includes('node_modules/world-atlas') || id.includes('node_modules/topojson-client'))
            return 'world';
          return undefined;
        },
      },
    },
  },
  server: {
    // Development: the API runs separately (npm start or amity serve --port 3100).
    proxy: { '/api': process.env.AMITY_API ?? 'http://localhost:3100' },
  },
});
