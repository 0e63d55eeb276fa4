// Lint rules: strict where a rule catches bugs (unused code, unsafe patterns), silent on matters of
// taste that prettier settles or that would only demand a rewrite.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LINE = 160;

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'dist.*/**', '.cache/**', 'coverage/**', 'scratch/**', 'test/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // One limit for every line, strings, comments and patterns included: prettier wraps code at
      // 120, and what it cannot wrap (a message, a comment, a regular expression) is wrapped by hand
      // (src/text/pattern.ts writes a long pattern in pieces).
      'max-len': ['error', { code: LINE, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // A test's article text, and the bench's generated articles, are data: wrapping them would change what is read.
    files: ['test/**', 'bench/synthetic-corpus.ts'],
    rules: {
      'max-len': ['error', { code: LINE, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
      // Payloads from the bot under test are loose JSON on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
