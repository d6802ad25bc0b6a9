import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type Matter, type MatterStage, type MeetingKind, type RepresentativeRoster, type Tally } from './api';
import { AttendanceChecklist, DayPicker, today } from './fields';
import { STEP_PATH } from './matterSteps';
import { householdLabel, useVillageHouseholds } from './places';
import { useCouncilPath, useRules } from './shared';
import { VoteExplanation } from './VoteExplanation';
import { VoteFields } from './VoteFields';
import { checkVote, type QuorumRule } from './votes';

/**
 * The form of the one step a matter may take next. Each checks what the service checks (quorum,
 * counts, dates in order and never ahead of today) and shows the service's 409/422 by its field.
 */
export function NextStepForm({ matter, stage }: { matter: Matter; stage: MatterStage }) {
  switch (stage) {
    case 'TWO_COMMITTEES':
    case 'PARTY_MEMBERS':
      return <CommitteeMeetingForm matter={matter} stage={stage} />;
    case 'REPRESENTATIVES':
      return <ResolutionMeetingForm matter={matter} />;
    case 'RESOLUTION_PUBLISHED':
    case 'RESULT_PUBLISHED':
      return <PublicationForm matter={matter} stage={stage} />;
    default:
      return null;
  }
}

/** The day the latest step was held: the next cannot be dated before it. */
function previousDay(matter: Matter): string | undefined {
  return matter.steps.at(-1)?.heldOn;
}

function useStepAction<T>(matter: Matter, stage: MatterStage, form: FormInstance, body: (values: T) => unknown) {
  const { t } = useTranslation('council');
  const queryClient = useQueryClient();
  const action = useAction<T, Matter>({
    path: () => `${COUNCIL}/matters/${matter.id}/${STEP_PATH[stage]}`,
    body,
    form,
    invalidates: [[...keys.matters]],
    successMessage: t(`steps.recorded.${stage}`),
  });
  /** after a 409 someone else moved the matter on: read it again, which offers the step it may take now */
  const reload = () => {
    action.reset();
    void queryClient.invalidateQueries({ queryKey: [...keys.matters] });
  };
  return { ...action, reload };
}

interface VoteParts {
  vote?: Partial<Tally>;
  rejectionReason?: string;
  confirmRejection?: boolean;
}

function tallyOf(vote?: Partial<Tally>): Tally {
  return { votesFor: Number(vote?.votesFor) || 0, votesAgainst: Number(vote?.votesAgainst) || 0, abstentions: Number(vote?.abstentions) || 0 };
}

/**
 * What follows a vote that does not adopt: the matter is closed as rejected. The person says
 * why (optional, the service writes its own summary otherwise) and confirms they mean it.
 */
function RejectionFields({ rule, entitled, present, tally }: { rule: QuorumRule; entitled: number; present: number; tally: Tally }) {
  const { t } = useTranslation('council');
  const check = checkVote(rule, { entitled, present, ...tally });
  const voted = tally.votesFor + tally.votesAgainst + tally.abstentions > 0;
  if (!voted || check.adopted || !check.quorum || check.overVoted || check.overAttended) return null;
  return (
    <>
      <Alert type="warning" showIcon title={t('steps.willReject')} style={{ marginBottom: 12 }} />
      <Form.Item name="rejectionReason" label={t('field.rejectionReason')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="confirmRejection"
        valuePropName="checked"
        rules={[{ validator: async (_, checked) => { if (!checked) throw new Error(t('steps.confirmRejectionNeeded')); } }]}
      >
        <Checkbox>{t('steps.confirmRejection')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** The counts, what they mean under the meeting's rules, what a failed vote does, and the minutes. */
function VoteAndMinutes({ rule, entitled, present, tally }: { rule: QuorumRule; entitled: number; present: number; tally: Tally }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  return (
    <>
      <VoteFields present={present} />
      <VoteExplanation rule={rule} entitled={entitled} present={present} {...tally} />
      <RejectionFields rule={rule} entitled={entitled} present={present} tally={tally} />
      <Form.Item name="minutes" label={t('field.minutes')} rules={rules.text(8000)}>
        <Input.TextArea rows={4} maxLength={8000} />
      </Form.Item>
    </>
  );
}

interface CommitteeMeetingValues extends VoteParts {
  heldOn: string;
  entitled: number;
  attendees: string[];
  minutes: string;
}

/** Steps 2 and 3: the two committees' joint meeting, the party members' meeting. */
function CommitteeMeetingForm({ matter, stage }: { matter: Matter; stage: 'TWO_COMMITTEES' | 'PARTY_MEMBERS' }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [form] = Form.useForm<CommitteeMeetingValues>();
  const entitled = Number(Form.useWatch('entitled', form)) || 0;
  const attendees = Form.useWatch('attendees', form) ?? [];
  const present = new Set(attendees.map((name) => name.trim()).filter(Boolean)).size;
  const tally = tallyOf(Form.useWatch('vote', form));
  const action = useStepAction<CommitteeMeetingValues>(matter, stage, form, ({ heldOn, entitled: e, attendees: names, vote, minutes, rejectionReason }) => ({
    heldOn,
    entitled: e,
    attendees: [...new Set(names.map((name) => name.trim()).filter(Boolean))],
    vote: tallyOf(vote),
    minutes,
    rejectionReason: rejectionReason || undefined,
  }));
  return (
    <Form<CommitteeMeetingValues> form={form} layout="vertical" initialValues={{ heldOn: today(), attendees: [] }} onFinish={(values) => action.mutate(values)}>
      <ProblemAlert error={action.error} fieldErrors={action.fieldErrors} onReload={action.reload} />
      <Form.Item name="heldOn" label={t('field.heldOn')} rules={rules.required}>
        <DayPicker min={previousDay(matter)} max={today()} />
      </Form.Item>
      <Form.Item
        name="entitled"
        label={t(stage === 'TWO_COMMITTEES' ? 'vote.entitledCommittees' : 'vote.entitledPartyMembers')}
        rules={[{ required: true, message: t('validation.count') }]}
      >
        <InputNumber min={1} max={100000} precision={0} style={{ width: '100%', maxWidth: 240 }} />
      </Form.Item>
      <Form.Item
        name="attendees"
        label={t('field.attendees')}
        extra={t('field.attendeesHint')}
        dependencies={['entitled']}
        rules={[
          { required: true, type: 'array', min: 1, message: t('validation.attendees') },
          ({ getFieldValue }) => ({
            validator: async (_, names: string[] = []) => {
              const count = new Set(names.map((name) => name.trim()).filter(Boolean)).size;
              const check = checkVote('MORE_THAN_HALF', { entitled: Number(getFieldValue('entitled')) || 0, present: count, votesFor: 0, votesAgainst: 0, abstentions: 0 });
              if (names.some((name) => name.length > 100)) throw new Error(t('validation.nameTooLong'));
              if (check.overAttended) throw new Error(t('vote.overAttended', { present: count, entitled: getFieldValue('entitled') }));
              if (count > 0 && !check.quorum) throw new Error(t('vote.noQuorum', { present: count, needs: check.quorumNeeds }));
            },
          }),
        ]}
      >
        <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} placeholder={t('field.attendeesPlaceholder')} />
      </Form.Item>
      <VoteAndMinutes rule="MORE_THAN_HALF" entitled={entitled} present={present} tally={tally} />
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {t(`steps.submit.${stage}`)}
      </Button>
    </Form>
  );
}

interface ResolutionMeetingValues extends VoteParts {
  heldOn: string;
  meetingKind: MeetingKind;
  householdIds: string[];
  minutes: string;
}

/**
 * Step 4: the villagers' representatives' meeting (on the village's roster) or the villagers'
 * meeting (every household of the village). Entitled and present come from the roll, so the
 * form reads the same roll the service counts on; quorum is two thirds.
 */
function ResolutionMeetingForm({ matter }: { matter: Matter }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  const [form] = Form.useForm<ResolutionMeetingValues>();
  const kind: MeetingKind = Form.useWatch('meetingKind', form) ?? 'REPRESENTATIVES';
  const householdIds = Form.useWatch('householdIds', form) ?? [];
  const tally = tallyOf(Form.useWatch('vote', form));
  const roster = useQuery({
    queryKey: [...keys.representatives, matter.villageId],
    queryFn: ({ signal }) => api<RepresentativeRoster>(`${COUNCIL}/villages/${matter.villageId}/representatives`, { signal }),
    enabled: kind === 'REPRESENTATIVES',
  });
  const households = useVillageHouseholds(kind === 'VILLAGERS' ? matter.villageId : undefined);
  const noRoster = kind === 'REPRESENTATIVES' && isApiError(roster.error) && roster.error.status === 404;
  const options =
    kind === 'REPRESENTATIVES'
      ? (roster.data?.representatives ?? []).map((person) => ({ value: person.householdId, label: person.name }))
      : (households.data?.households ?? []).map((household) => ({ value: household.id, label: householdLabel(household) }));
  const entitled = kind === 'REPRESENTATIVES' ? (roster.data?.representatives.length ?? 0) : (households.data?.total ?? 0);
  const present = householdIds.length;
  const action = useStepAction<ResolutionMeetingValues>(matter, 'REPRESENTATIVES', form, ({ heldOn, meetingKind, householdIds: ids, vote, minutes, rejectionReason }) => ({
    heldOn,
    meetingKind,
    householdIds: ids,
    vote: tallyOf(vote),
    minutes,
    rejectionReason: rejectionReason || undefined,
  }));
  return (
    <Form<ResolutionMeetingValues>
      form={form}
      layout="vertical"
      initialValues={{ heldOn: today(), meetingKind: 'REPRESENTATIVES', householdIds: [] }}
      onFinish={(values) => action.mutate(values)}
    >
      <ProblemAlert error={action.error} fieldErrors={action.fieldErrors} onReload={action.reload} />
      <Form.Item name="heldOn" label={t('field.heldOn')} rules={rules.required}>
        <DayPicker min={previousDay(matter)} max={today()} />
      </Form.Item>
      <Form.Item name="meetingKind" label={t('field.meetingKind')}>
        <Radio.Group
          onChange={() => form.setFieldValue('householdIds', [])}
          options={[
            { value: 'REPRESENTATIVES', label: t('meetingKind.REPRESENTATIVES') },
            { value: 'VILLAGERS', label: t('meetingKind.VILLAGERS') },
          ]}
        />
      </Form.Item>
      {noRoster ? (
        <Alert
          type="warning"
          showIcon
          title={t('representatives.none')}
          description={t('representatives.noneHint')}
          action={access.write ? <Button onClick={() => navigate(path('representatives'))}>{t('representatives.edit')}</Button> : undefined}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ProblemAlert error={kind === 'REPRESENTATIVES' ? roster.error : households.error} />
      )}
      <Form.Item
        name="householdIds"
        label={t(kind === 'REPRESENTATIVES' ? 'field.representativesPresent' : 'field.householdsPresent')}
        extra={t(kind === 'REPRESENTATIVES' ? 'field.representativesPresentHint' : 'field.householdsPresentHint', { entitled })}
        rules={[
          { required: true, type: 'array', min: 1, message: t('validation.attendance') },
          {
            validator: async (_, ids: string[] = []) => {
              if (ids.length === 0 || entitled === 0) return;
              const check = checkVote('TWO_THIRDS', { entitled, present: ids.length, votesFor: 0, votesAgainst: 0, abstentions: 0 });
              if (!check.quorum) throw new Error(t('vote.noQuorum', { present: ids.length, needs: check.quorumNeeds }));
            },
          },
        ]}
      >
        <AttendanceChecklist options={options} entitled={entitled} />
      </Form.Item>
      <VoteAndMinutes rule="TWO_THIRDS" entitled={entitled} present={present} tally={tally} />
      <Button type="primary" htmlType="submit" loading={action.isPending} disabled={noRoster}>
        {t('steps.submit.REPRESENTATIVES')}
      </Button>
    </Form>
  );
}

interface PublicationValues {
  publishedOn: string;
  text: string;
}

/** Open 1 and open 2: the adopted resolution, then the implementation result, made public. */
function PublicationForm({ matter, stage }: { matter: Matter; stage: 'RESOLUTION_PUBLISHED' | 'RESULT_PUBLISHED' }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [form] = Form.useForm<PublicationValues>();
  const action = useStepAction<PublicationValues>(matter, stage, form, (values) => values);
  return (
    <Form<PublicationValues> form={form} layout="vertical" initialValues={{ publishedOn: today() }} onFinish={(values) => action.mutate(values)}>
      <ProblemAlert error={action.error} fieldErrors={action.fieldErrors} onReload={action.reload} />
      <Row gutter={12}>
        <Col xs={24}>
          <Form.Item name="publishedOn" label={t('field.publishedOn')} rules={rules.required}>
            <DayPicker min={previousDay(matter)} max={today()} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="text"
        label={t(stage === 'RESOLUTION_PUBLISHED' ? 'field.resolutionText' : 'field.resultText')}
        rules={rules.text(8000)}
      >
        <Input.TextArea rows={4} maxLength={8000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={action.isPending}>
        {t(`steps.submit.${stage}`)}
      </Button>
    </Form>
  );
}
