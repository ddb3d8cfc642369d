// First: zod must be told before any schema is built that the CSP forbids eval (SEC-1).
import '@tidewatch/contracts/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The colour custom properties, generated from the shared theme tokens (vite.config.ts), before any stylesheet reads them.
import 'virtual:theme-tokens.css';
import './theme/theme.css';
import './theme/badges.css';
import './theme/forms.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { Root } from './app/Root.tsx';
import { queryClient } from './data/index.ts';
import { I18nProvider } from './i18n/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    {/* Above Root, so the login page's reads (the deployment banner) use the same cache. */}
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Root />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
