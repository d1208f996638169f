import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Plugin } from 'vite';

/**
 * package.json "sideEffects" lists only dist/ files, so the production build
 * (Vite/Rolldown) drops `import '../src/define.js'` from preview.ts as unused
 * and no element gets registered. Mark the src/ define modules as having
 * side effects, for Storybook only.
 */
const keepDefineModules: Plugin = {
  name: 'mmn-widgets:keep-define-modules',
  transform(code, id) {
    if (/[\\/]src[\\/](?:[^\\/]+[\\/])?define\.ts$/.test(id)) return { code, map: null, moduleSideEffects: true };
    return undefined;
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Vite 8 (Oxc) compiles src/ with tsconfig.json's experimentalDecorators and
  // useDefineForClassFields: false by itself; no extra TypeScript plugin is needed.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      plugins: [keepDefineModules],
      // `storybook dev` only: the web-components renderer imports lit/directive-helpers.js
      // from an unoptimized file, which loaded a second lit-html ("Multiple versions of
      // Lit loaded", storybookjs/storybook#31507). Pre-bundling it keeps one copy.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
