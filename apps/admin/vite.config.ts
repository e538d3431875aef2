import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { graphqlDocuments, precompressAndReport } from './build-plugins';

export default defineConfig({
  plugins: [graphqlDocuments(path.resolve(import.meta.dirname, 'src/gql')), react(), precompressAndReport()],
  // Resolve workspace packages to their TypeScript sources (the "source" export condition).
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://127.0.0.1:3000',
      '/health': 'http://127.0.0.1:3000',
      '/files': 'http://127.0.0.1:3000',
      '/exports': 'http://127.0.0.1:3000',
    },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd's own components (@rc-component/*, @ant-design/*) are pure modules that do not declare
      // "sideEffects": false, so importing one export of a package index kept the whole package.
      treeshake: {
        moduleSideEffects: [{ test: /node_modules[\\/](@rc-component|@ant-design)[\\/]/, sideEffects: false }],
      },
      output: {
        // Libraries that only forms and pickers use get chunks of their own: left to the default grouping, zod (the
        // shared schemas) and antd's Select were merged with small modules every signed-in page imports, so a sponsor's
        // first page downloaded ~45 kB of form code it never runs (issue 12).
        codeSplitting: {
          // Only the named libraries: their own dependencies (motion, triggers) stay shared with the rest of antd.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            {
              name: 'select',
              test: /node_modules[\\/](@rc-component[\\/](select|virtual-list)|antd[\\/]es[\\/]select)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
