// One lint for the tree: the recommended rules of ESLint and typescript-eslint (no stylistic
// rules: Prettier owns formatting) plus the domain boundaries described in the README's
// "Architecture" section (scripts/eslint/boundaries.js).
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import boundaries from './scripts/eslint/boundaries.js'

const STORE_MESSAGE = "Another domain's store is private: use what its plugin decorates (app.calls, app.agents, ...) or its index.ts exports."

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'clients/', 'bench/peers/', '.venv/', 'data/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `catch {}` is how this code says "a failure here changes nothing".
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and benchmarks poke at untyped JSON bodies and SDK internals on purpose.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['plugins/**/*.ts', 'src/**/*.ts'],
    plugins: { rapidcall: boundaries },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../*/store.js', '../../plugins/*/store.js', '../plugins/*/store.js'], message: STORE_MESSAGE }],
      }],
      // Any other file of another domain than its index.ts (helpers, routes, runtime config...).
      'rapidcall/public-surface': 'error',
      'rapidcall/no-domain-cycle': 'error',
    },
  },
)
