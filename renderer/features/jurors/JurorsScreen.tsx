import { useTranslation } from 'react-i18next';

/** The Dewan Juri setup screen. */
export function JurorsScreen() {
  const { t } = useTranslation('jurors');
  return (
    <section aria-labelledby="jurors-title">
      <h1 id="jurors-title">{t('title')}</h1>
      <p>{t('intro')}</p>
    </section>
  );
}
