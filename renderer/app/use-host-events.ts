import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { api } from '../platform/api';
import { useNotify } from '../ui/toast.store';
import { useOpenDialog } from './app.store';
import { closeAward, exportTemplate, loadCurrent, openDemo, startOpen, type ActionResult } from './award-actions';

/** Drives the same actions from the Electron native menu and from files main opened (argv, open-file). */
export function useHostEvents(): void {
  const openDialog = useOpenDialog();
  const notify = useNotify();
  const { t } = useTranslation('templates');

  useEffect(() => {
    const report = (result: ActionResult | null) => {
      if (result && !result.ok) notify(result.error.message, 'error');
    };
    const offOpened = api().on('awardOpened', () => void loadCurrent());
    const offMenu = api().on('menu', ({ action, language }) => {
      switch (action) {
        case 'new':
          return openDialog('new');
        case 'open':
          return void startOpen().then(report);
        case 'openDemo':
          return void openDemo().then(report);
        case 'close':
          return void closeAward();
        case 'exportTemplate':
          return void exportTemplate().then((r) =>
            notify(r.ok ? t('exported', { fileName: r.fileName }) : r.error.message, r.ok ? 'success' : 'error'),
          );
        case 'importTemplate':
          return openDialog('import');
        case 'about':
          return openDialog('about');
        case 'setLanguage':
          if (language) void changeLanguage(language);
          return;
      }
    });
    return () => {
      offOpened();
      offMenu();
    };
  }, [openDialog, notify, t]);
}
