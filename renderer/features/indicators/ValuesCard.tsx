import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorList } from '../../../shared/indicators/indicator.schema';
import { Button, IconButton } from '../../ui/Button';
import { Badge, Card } from '../../ui/Card';
import { formatNumber } from '../../ui/format';
import { formatWhen, sourceInWords } from './indicator-format';
import { RuleDialog } from './RuleDialog';
import { ValueDialog, type EditedCell } from './ValueDialog';

/** Nominees × indicator criteria: each value with its source, each criterion with its rule in words. */
export function ValuesCard({ list }: { list: IndicatorList }) {
  const { t, i18n } = useTranslation('indicators');
  const [editing, setEditing] = useState<EditedCell | null>(null);
  const [ruleOf, setRuleOf] = useState<string | null>(null);
  const valueOf = (nomineeId: string, criterionId: string) =>
    list.values.find((v) => v.nomineeId === nomineeId && v.criterionId === criterionId);
  const filled = list.values.filter((v) => v.value !== null).length;
  const total = list.nominees.length * list.criteria.length;
  const ruleCriterion = list.criteria.find((k) => k.id === ruleOf);

  return (
    <Card
      className="indicator-values"
      title={t('values.title')}
      description={t('values.description')}
      actions={
        <Badge tone={filled === total ? 'success' : 'neutral'}>{t('values.filled', { count: filled, total })}</Badge>
      }
    >
      <div className="table-scroll">
        <table className="table indicator-table" aria-label={t('values.title')}>
          <thead>
            <tr>
              <th scope="col">{t('values.code')}</th>
              <th scope="col">{t('values.nominee')}</th>
              {list.criteria.map((k) => (
                <th scope="col" key={k.id} className="indicator-table__criterion">
                  <span className="indicator-table__name">
                    {k.name}
                    {k.unit ? ` (${k.unit})` : ''}
                  </span>
                  <span className="indicator-rule" data-testid={`rule-${k.id}`}>
                    {k.ruleText}
                  </span>
                  <Button size="sm" variant="ghost" icon="edit" onClick={() => setRuleOf(k.id)}>
                    {t('values.editRule')}
                  </Button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.nominees.map((n) => (
              <tr key={n.id}>
                <td className="nowrap indicator-code">{n.code}</td>
                <td className="indicator-nominee">{n.name}</td>
                {list.criteria.map((k) => {
                  const v = valueOf(n.id, k.id);
                  return (
                    <td key={k.id} className="indicator-cell" data-testid={`value-${n.id}-${k.id}`}>
                      <span className="indicator-cell__row">
                        <span className="indicator-cell__value">
                          {v?.value == null ? t('values.empty') : formatNumber(v.value, i18n.language)}
                        </span>
                        <IconButton
                          icon="edit"
                          label={t('values.edit', { criterion: k.name, nominee: n.name })}
                          onClick={() => setEditing({ nominee: n, criterion: k, current: v ?? null })}
                        />
                      </span>
                      {v ? (
                        <span className="indicator-cell__source" title={formatWhen(v.at, i18n.language)}>
                          {sourceInWords(v.source, t)}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing ? <ValueDialog cell={editing} onClose={() => setEditing(null)} /> : null}
      {ruleCriterion ? <RuleDialog criterion={ruleCriterion} onClose={() => setRuleOf(null)} /> : null}
    </Card>
  );
}
