import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installWebApi } from './platform/web-transport';
import { initI18n } from './i18n/i18n';
import { App } from './app/App';
import './styles/index.css';

installWebApi();
initI18n();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
