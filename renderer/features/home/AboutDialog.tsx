import { useTranslation } from 'react-i18next';
import { useHostInfo } from '../../app/app.store';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('common');
  const info = useHostInfo();
  return (
    <Dialog
      title={t('about.title')}
      onClose={onClose}
      size="sm"
      footer={
        <Button variant="primary" onClick={onClose} autoFocus>
          {t('close')}
        </Button>
      }
    >
      <p>{t('about.text')}</p>
      {info ? (
        <>
          <p className="muted">{t('about.version', { version: info.version, host: t(`host.${info.host}`) })}</p>
          <p className="muted">
            {t('about.regions', {
              package: info.regionsSource.package,
              version: info.regionsSource.version,
              license: info.regionsSource.license,
            })}
            {' — '}
            {info.regionsSource.description}
          </p>
        </>
      ) : null}
    </Dialog>
  );
}
