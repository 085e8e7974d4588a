import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { BallotsScreen } from '../features/ballots/BallotsScreen';
import { CategoriesScreen } from '../features/categories/CategoriesScreen';
import { ChairScreen } from '../features/chair/ChairScreen';
import { JurorsScreen } from '../features/jurors/JurorsScreen';
import { NomineesScreen } from '../features/nominees/NomineesScreen';
import { ProgrammeScreen } from '../features/programme/ProgrammeScreen';
import { ResultsScreen } from '../features/results/ResultsScreen';
import { ScoringScreen } from '../features/scoring/ScoringScreen';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { IndicatorsScreen } from '../features/indicators/IndicatorsScreen';
import { DocumentsScreen } from '../features/documents/DocumentsScreen';
import { MergeScreen } from '../features/merge/MergeScreen';
import { ConfirmDialog } from '../ui/Dialog';
import { closeAward } from './award-actions';
import { AppHeader } from './AppHeader';
import { useLeaveActions, usePendingLeave, useSection, type Section } from './nav.store';
import { Sidebar } from './Sidebar';

const screens: Record<Section, ComponentType> = {
  programme: ProgrammeScreen,
  categories: CategoriesScreen,
  nominees: NomineesScreen,
  jurors: JurorsScreen,
  templates: TemplatesScreen,
  scoring: ScoringScreen,
  results: ResultsScreen,
  chair: ChairScreen,
  ballots: BallotsScreen,
  indicators: IndicatorsScreen,
  documents: DocumentsScreen,
  merge: MergeScreen,
};

/** The setup shell: header, sidebar and the current screen. */
export function Shell() {
  const section = useSection();
  const pending = usePendingLeave();
  const { confirmLeave, cancelLeave } = useLeaveActions();
  const { t } = useTranslation('common');
  const Screen = screens[section];

  return (
    <div className="shell">
      <AppHeader />
      <Sidebar />
      <main className="shell__main" id="main">
        <div className="shell__content" key={section}>
          <Screen />
        </div>
      </main>
      {pending ? (
        <ConfirmDialog
          title={t('unsaved.title')}
          message={t('unsaved.message')}
          confirmLabel={t('unsaved.discard')}
          danger
          onCancel={cancelLeave}
          onConfirm={() => {
            if (confirmLeave() === 'close') void closeAward(true);
          }}
        />
      ) : null}
    </div>
  );
}
