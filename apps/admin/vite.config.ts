import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Resolve workspace packages to their TypeScript sources (the "source" export condition).
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: { port: 5173, proxy: { '/graphql': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000', '/files': 'http://127.0.0.1:3000', '/exports': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-|@rc-component)/ },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
});
