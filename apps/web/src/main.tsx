// First: zod must be told before any schema is built that the CSP forbids eval (SEC-1).
import '@tidewatch/contracts/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The colour custom properties, generated from the shared theme tokens (vite.config.ts), before any stylesheet reads them.
import 'virtual:theme-tokens.css';
import './theme/theme.css';
import './theme/badges.css';
import './theme/forms.css';
import { Root } from './app/Root.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
