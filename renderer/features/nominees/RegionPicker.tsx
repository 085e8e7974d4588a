import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nominee } from '../../../shared/award/award.schema';
import { api } from '../../platform/api';
import { useApply } from '../award/award.store';
import { useProvinces, useRegionPicker } from './nominees.store';
import { ProvinceCombobox } from './ProvinceCombobox';
import { Button } from '../../ui/Button';
import { Card, Notice } from '../../ui/Card';
import { Checkbox } from '../../ui/Field';

/** Adds a province and/or its kab/kota as nominees from the built-in Kemendagri reference data. */
export function RegionPicker({ nominees }: { nominees: Nominee[] }) {
  const { t } = useTranslation('nominees');
  const apply = useApply();
  const { provinces, error: loadError, load } = useProvinces();
  const picker = useRegionPicker();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const added = useMemo(
    () => new Set(nominees.map((n) => n.regionCode).filter((c): c is string => c !== null)),
    [nominees],
  );
  const province = provinces?.find((p) => p.code === picker.provinceCode);
  const provinceAdded = province ? added.has(province.code) : false;
  const available = province ? province.regencies.filter((r) => !added.has(r.code)) : [];
  const count = picker.selection.size + (picker.includeProvince && !provinceAdded ? 1 : 0);

  const submit = async () => {
    if (!province || count === 0) return;
    setBusy(true);
    const result = await apply(
      api().nominee.addRegions({
        provinceCode: province.code,
        includeProvince: picker.includeProvince && !provinceAdded,
        regencyCodes: province.regencies.filter((r) => picker.selection.has(r.code)).map((r) => r.code),
      }),
    );
    setBusy(false);
    if (result.ok) {
      picker.setSelection([]);
      picker.setIncludeProvince(false);
      setMessage({ kind: 'ok', text: t('addedRegions', { count }) });
    } else {
      setMessage({ kind: 'error', text: result.error.message });
    }
  };

  return (
    <Card
      title={t('regionsTitle')}
      description={t('regionsHint')}
      className="nom-regions"
      aria-label={t('regionsTitle')}
    >
      {loadError && <Notice tone="error">{loadError}</Notice>}
      {!provinces && !loadError && <p>{t('regionsLoading')}</p>}
      {provinces && (
        <ProvinceCombobox
          provinces={provinces}
          value={picker.provinceCode}
          onChange={(code) => {
            picker.pickProvince(code);
            setMessage(null);
          }}
        />
      )}
      {province && (
        <div className="nom-picker">
          <Checkbox
            className="nom-include"
            checked={provinceAdded || picker.includeProvince}
            disabled={provinceAdded}
            onChange={picker.setIncludeProvince}
            label={
              <>
                {t('includeProvince')}{' '}
                <span className="nom-code">
                  ({province.code} Provinsi {province.name})
                </span>
                {provinceAdded && <span className="nom-added">{t('alreadyAdded')}</span>}
              </>
            }
          />
          <fieldset className="nom-regencies">
            <legend>{t('regenciesOf', { province: province.name })}</legend>
            <div className="nom-picker-tools">
              <Button
                size="sm"
                icon="check"
                onClick={() => picker.setSelection(available.map((r) => r.code))}
                disabled={available.length === 0}
              >
                {t('selectAll')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => picker.setSelection([])}
                disabled={picker.selection.size === 0}
              >
                {t('clearSelection')}
              </Button>
            </div>
            <ul className="nom-checklist">
              {province.regencies.map((r) => {
                const already = added.has(r.code);
                return (
                  <li key={r.code}>
                    <Checkbox
                      className={already ? 'nom-check is-added' : 'nom-check'}
                      checked={already || picker.selection.has(r.code)}
                      disabled={already}
                      onChange={() => picker.toggleRegency(r.code)}
                      label={
                        <>
                          <span className="nom-code">{r.code}</span> {r.name}
                          {already && <span className="nom-added">{t('alreadyAdded')}</span>}
                        </>
                      }
                    />
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <div className="nom-actions">
            <Button variant="primary" icon="plus" disabled={count === 0 || busy} onClick={() => void submit()}>
              {count === 0 ? t('addRegionsNone') : t('addRegions', { count })}
            </Button>
            <Button variant="ghost" onClick={() => picker.pickProvince(null)}>
              {t('closePicker')}
            </Button>
          </div>
        </div>
      )}
      {message && <Notice tone={message.kind === 'ok' ? 'success' : 'error'}>{message.text}</Notice>}
    </Card>
  );
}
