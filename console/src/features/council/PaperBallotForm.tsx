import { Alert, Button, Card, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { COUNCIL, keys, type BallotReceipt, type Council, type Election, type RepresentativeRoster } from './api';
import { HouseholdSelect } from './fields';
import { formatDateTime } from '../../common/format';

interface PaperBallotValues {
  householdId: string;
  candidateIds: string[];
  witnessId: string;
  serial: string;
}

/** A 409 on casting that says the household has voted: one household, one vote. */
export function isVotedAlready(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && /voted/i.test(error.problem.detail ?? '');
}

/**
 * A paper ballot handed in by a household, entered by a village cadre before a witness (监票人):
 * a member of the council's current term or a villagers' representative on the roster, never
 * someone of the voting household, and the paper's serial. The answer never shows the choices.
 */
export function PaperBallotForm({ election, council, roster }: { election: Election; council?: Council; roster?: RepresentativeRoster }) {
  const { t } = useTranslation('council');
  const [form] = Form.useForm<PaperBallotValues>();
  const [receipt, setReceipt] = useState<BallotReceipt>();
  const householdId = Form.useWatch('householdId', form);
  const cast = useAction<PaperBallotValues, BallotReceipt>({
    path: () => `${COUNCIL}/elections/${election.id}/ballots`,
    form,
    invalidates: [[...keys.elections]],
    successMessage: t('ballot.recorded'),
  });
  const witnesses = [
    ...(council?.currentTerm?.members ?? [])
      .filter((member) => member.householdId !== householdId)
      .map((member) => ({ value: member.id, label: t('ballot.witnessMember', { name: member.name }) })),
    ...(roster?.representatives ?? [])
      .filter((representative) => representative.householdId !== householdId)
      .map((representative) => ({ value: representative.householdId, label: t('ballot.witnessRepresentative', { name: representative.name }) })),
  ];
  const votedAlready = isVotedAlready(cast.error);
  const submit = (values: PaperBallotValues) => {
    setReceipt(undefined);
    cast.mutate(values, {
      onSuccess: (answer) => {
        setReceipt(answer);
        // the next paper: a new household and serial, the same witness usually stays at the table
        form.resetFields(['householdId', 'candidateIds', 'serial']);
      },
      onError: (error) => {
        if (isVotedAlready(error)) form.setFields([{ name: 'householdId', errors: [t('ballot.votedAlready')] }]);
      },
    });
  };
  return (
    <Card title={t('ballot.title')}>
      <p className="muted">{t('ballot.hint', { seats: election.seats })}</p>
      {votedAlready ? (
        <Alert type="error" showIcon role="alert" title={t('ballot.votedAlready')} description={t('ballot.votedAlreadyHint')} style={{ marginBottom: 16 }} />
      ) : (
        <ProblemAlert error={cast.error} fieldErrors={cast.fieldErrors} />
      )}
      {receipt && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('ballot.receipt', { at: formatDateTime(receipt.castAt) })}
          style={{ marginBottom: 16 }}
        />
      )}
      {witnesses.length === 0 && !householdId && <Alert type="warning" showIcon title={t('ballot.noWitnesses')} style={{ marginBottom: 16 }} />}
      <Form<PaperBallotValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="householdId" label={t('ballot.household')} rules={[{ required: true, message: t('validation.household') }]}>
          <HouseholdSelect
            villageId={election.villageId}
            only={(household) => !election.naturalVillageId || household.naturalVillageId === election.naturalVillageId}
          />
        </Form.Item>
        <Form.Item
          name="candidateIds"
          label={t('ballot.choices', { seats: election.seats })}
          rules={[
            { required: true, type: 'array', min: 1, message: t('validation.choices') },
            { type: 'array', max: election.seats, message: t('validation.tooManyChoices', { seats: election.seats }) },
          ]}
        >
          <CandidateChoice
            name={t('ballot.choices', { seats: election.seats })}
            options={election.candidates.map((candidate) => ({ value: candidate.id, label: `${candidate.name}（${t(`memberCategory.${candidate.category}`)}）` }))}
          />
        </Form.Item>
        <Form.Item name="witnessId" label={t('ballot.witness')} extra={t('ballot.witnessHint')} rules={[{ required: true, message: t('validation.witness') }]}>
          <Select options={witnesses} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="serial" label={t('ballot.serial')} extra={t('ballot.serialHint')} rules={[{ required: true, whitespace: true, message: t('validation.serial') }, { max: 32 }]}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={cast.isPending}>
          {t('ballot.submit')}
        </Button>
      </Form>
    </Card>
  );
}

interface CandidateChoiceProps {
  id?: string;
  name: string;
  options: { value: string; label: string }[];
  value?: string[];
  onChange?: (value: string[]) => void;
}

/**
 * The candidates a paper marks, as a named group of checkboxes. Form.Item's `aria-required` is
 * left off on purpose: it is not allowed on a group, and each checkbox says what it is.
 */
function CandidateChoice({ id, name, options, value, onChange }: CandidateChoiceProps) {
  return (
    <div id={id} role="group" aria-label={name}>
      <Checkbox.Group options={options} value={value} onChange={(next) => onChange?.(next as string[])} />
    </div>
  );
}
