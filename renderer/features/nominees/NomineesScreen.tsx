import { useTranslation } from 'react-i18next';

/** The Peserta setup screen. */
export function NomineesScreen() {
  const { t } = useTranslation('nominees');
  return (
    <section aria-labelledby="nominees-title">
      <h1 id="nominees-title">{t('title')}</h1>
      <p>{t('intro')}</p>
    </section>
  );
}
