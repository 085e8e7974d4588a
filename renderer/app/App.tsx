import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetup } from '../features/award/award.store';
import { FileDialogs } from '../features/home/FileDialogs';
import { HomeScreen } from '../features/home/HomeScreen';
import { storedLanguage } from '../i18n/i18n';
import { api } from '../platform/api';
import { Toaster } from '../ui/Toaster';
import { useBooting } from './app.store';
import { loadCurrent, loadHostInfo } from './award-actions';
import { useHostEvents } from './use-host-events';
import { Shell } from './Shell';

/** The root: the start screen when no award is open, else the setup shell. */
export function App() {
  const setup = useSetup();
  const booting = useBooting();
  const { t } = useTranslation('common');

  useEffect(() => {
    void api().app.setLanguage({ language: storedLanguage() });
    void loadHostInfo();
    void loadCurrent();
  }, []);
  useHostEvents();

  useEffect(() => {
    document.title = setup ? `${setup.award.programme.name} — Juri` : t('appTitle');
  }, [setup, t]);

  return (
    <>
      {booting ? <div className="boot" aria-busy="true" /> : setup ? <Shell /> : <HomeScreen />}
      <FileDialogs />
      <Toaster />
    </>
  );
}
