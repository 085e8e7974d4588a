import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JudgingScreen } from '../session/JudgingScreen';
import type { AwardSetup } from '../../../shared/award/award.schema';
import { Card } from '../../ui/Card';
import { Select } from '../../ui/Field';
import { SecretariatGate } from '../chair/SecretariatGate';
import { useBallotActions, useBallots } from './ballots.store';
import { PreviewCard } from './PreviewCard';
import { TemplateCard } from './TemplateCard';
import { UploadCard } from './UploadCard';
import './ballots.css';

/** The secretariat types a juror's paper ballot into a spreadsheet, checks it, and imports it all or nothing. */
export function BallotsScreen() {
  return (
    <JudgingScreen ns="ballots" id="ballots-title" className="ballots-screen">
      {(setup) => (
        <SecretariatGate forbiddenKey="gate.forbiddenBallots">
          {(signedIn) => <BallotsBody key={signedIn.jurorId} setup={setup} />}
        </SecretariatGate>
      )}
    </JudgingScreen>
  );
}

function BallotsBody({ setup }: { setup: AwardSetup }) {
  const { t } = useTranslation('ballots');
  const { jurorId } = useBallots();
  const { setJuror, reset } = useBallotActions();
  useEffect(() => reset, [reset]);

  return (
    <div className="ballots-body">
      <Card className="ballot-juror">
        <Select
          label={t('juror')}
          value={jurorId}
          onChange={(id) => void setJuror(id)}
          options={[
            { value: '', label: t('chooseJuror') },
            ...setup.jurors.map((j) => ({ value: j.id, label: j.name })),
          ]}
        />
      </Card>
      <div className="ballots-steps">
        <TemplateCard setup={setup} jurorId={jurorId} />
        <UploadCard />
      </div>
      <PreviewCard />
    </div>
  );
}
