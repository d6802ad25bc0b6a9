import { createContext, useContext, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Select, type FormInstance } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSession } from '../../auth/AuthContext';
import { api, type Page } from '../../api/http';
import { isApiError } from '../../api/problem';
import { todayInCounty } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { casePath, MEDIATION_KEY, useMediators } from './api';
import {
  CATEGORIES,
  closingOutcome,
  isStaff,
  levelAbove,
  unratedParties,
  type CaseAction,
  type Category,
  type Forum,
  type Mediator,
  type MediationCase,
  type Party,
} from './model';

interface StepProps {
  c: MediationCase;
  /** a party's name as the page shows it */
  partyLabel: (party: Party) => string;
}

/** The button that opens each step, in the words of the process. */
function actionLabel(t: TFunction, action: CaseAction, c: MediationCase): string {
  if (action === 'escalate') {
    const next = levelAbove(c.level);
    return t('action.escalate', { level: next ? t(`level.${next}`) : '' });
  }
  if (action === 'assign' && c.mediatorId) return t('action.reassign');
  return t(`action.${action}`);
}

/**
 * The steps the case allows this person now (computed by `actionsFor`), each opening its own
 * form. What the service refuses anyway is shown where it belongs: a 422 at the field it names,
 * a 409 (a step the case no longer allows: someone else was quicker) with a reload.
 */
export function CaseActions({ c, actions, partyLabel, onReload }: StepProps & { actions: CaseAction[]; onReload: () => void }) {
  const { t } = useTranslation('mediation');
  const [open, setOpen] = useState<CaseAction>();
  const close = () => setOpen(undefined);
  const reload = () => {
    close();
    onReload();
  };
  const props = { c, partyLabel };
  const forms: Record<CaseAction, ReactNode> = {
    assign: <AssignStep {...props} />,
    parties: <PartiesStep {...props} />,
    classify: <ClassifyStep {...props} />,
    accept: <AcceptStep {...props} />,
    session: <SessionStep {...props} />,
    agreement: <AgreementStep {...props} />,
    failure: <ReasonStep {...props} step="failure" label={t('form.failureReason')} />,
    escalate: <EscalateStep {...props} />,
    refer: <ReferStep {...props} />,
    judicialRequest: <JudicialRequestStep {...props} />,
    judicialAnswer: <JudicialAnswerStep {...props} />,
    followUp: <FollowUpStep {...props} />,
    close: <CloseStep {...props} />,
    rate: <RateStep {...props} />,
  };
  return (
    <>
      <Flex wrap gap={8}>
        {actions.map((action) => (
          <Button autoInsertSpace={false} key={action} type={action === actions[0] ? 'primary' : 'default'} onClick={() => setOpen(action)}>
            {actionLabel(t, action, c)}
          </Button>
        ))}
      </Flex>
      {open && (
        <StepContext.Provider value={{ close, reload }}>
          <StepModal title={actionLabel(t, open, c)}>{forms[open]}</StepModal>
        </StepContext.Provider>
      )}
    </>
  );
}

// ---- the frame every step shares

interface StepControl {
  close: () => void;
  reload: () => void;
}

const StepContext = createContext<StepControl>({ close: () => undefined, reload: () => undefined });

function StepModal({ title, children }: { title: string; children: ReactNode }) {
  const { close } = useContext(StepContext);
  return (
    <Modal open title={title} onCancel={close} footer={null} destroyOnHidden mask={{ closable: false }} width={560}>
      {children}
    </Modal>
  );
}

/**
 * One step sent to `POST /cases/{id}/<step>`: the form's values become the body through `toBody`;
 * a 422 lands at the field it names, anything else above the form (a 409 with a reload).
 */
function StepForm<TValues extends object>({
  c,
  step,
  method = 'POST',
  form,
  toBody,
  initialValues,
  children,
  submitDisabled,
  onValuesChange,
  successMessage,
  onDone,
}: {
  c: MediationCase;
  step: string;
  method?: 'POST' | 'PUT';
  form: FormInstance<TValues>;
  toBody: (values: TValues) => unknown;
  initialValues?: Partial<TValues>;
  children: ReactNode;
  submitDisabled?: boolean;
  onValuesChange?: (changed: Partial<TValues>) => void;
  successMessage?: string;
  /** after the step was recorded (the modal closes either way) */
  onDone?: () => void;
}) {
  const { t } = useTranslation('mediation');
  const { close, reload } = useContext(StepContext);
  const action = useAction<TValues>({
    method,
    path: () => `${casePath(c.id)}/${step}`,
    body: toBody,
    form,
    invalidates: [[...MEDIATION_KEY]],
    successMessage: successMessage ?? t('action.done'),
  });
  return (
    <Form<TValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={(values) =>
        action.mutate(values, {
          onSuccess: () => {
            close();
            onDone?.();
          },
        })
      }
      disabled={action.isPending}
    >
      <ProblemAlert error={action.error} fieldErrors={action.fieldErrors} onReload={reload} />
      {children}
      <Flex justify="end" gap={8}>
        <Button autoInsertSpace={false} onClick={close} disabled={false}>
          {t('state.cancel', { ns: 'common' })}
        </Button>
        <Button autoInsertSpace={false} type="primary" htmlType="submit" loading={action.isPending} disabled={submitDisabled}>
          {t('action.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

// ---- rules as the service checks them (CaseController's request records)

function useRules() {
  const { t } = useTranslation('mediation');
  const required = { required: true, message: t('state.required', { ns: 'common' }) };
  return {
    required,
    text: (max: number, mandatory = true) => [
      ...(mandatory ? [{ ...required, whitespace: true }] : []),
      { max, message: t('form.tooLong', { max }) },
    ],
    /** a county day no later than today (and, when given, no earlier than `from`) */
    day: (tooLate: string, from?: string, tooEarly?: string) => [
      required,
      {
        validator: async (_: unknown, value?: string) => {
          if (value && value > todayInCounty()) throw new Error(tooLate);
          if (value && from && value < from) throw new Error(tooEarly ?? tooLate);
        },
      },
    ],
  };
}

function DateInput(props: { id?: string; value?: string; onChange?: (value: string) => void; min?: string }) {
  return (
    <Input
      id={props.id}
      type="date"
      value={props.value}
      min={props.min}
      max={todayInCounty()}
      onChange={(event) => props.onChange?.(event.target.value)}
      style={{ maxWidth: 220 }}
    />
  );
}

// ---- the steps

function AcceptStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const [form] = Form.useForm<object>();
  return (
    <StepForm c={c} step="accept" form={form} toBody={() => undefined}>
      <p>{t('action.acceptConfirm')}</p>
    </StepForm>
  );
}

interface SessionValues {
  heldOn: string;
  place?: string;
  attendees?: string[];
  otherAttendees?: string;
  notes: string;
}

/** Names typed in one line, separated as people write them: 、 ， , ; or new lines. */
function splitNames(text?: string): string[] {
  return (text ?? '')
    .split(/[、，,;；\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function SessionStep({ c, partyLabel }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<SessionValues>();
  const everyone = (values: Partial<SessionValues>) => [...(values.attendees ?? []), ...splitNames(values.otherAttendees)];
  return (
    <StepForm<SessionValues>
      c={c}
      step="sessions"
      form={form}
      initialValues={{ heldOn: todayInCounty(), attendees: [] }}
      toBody={(values) => ({
        heldOn: values.heldOn,
        attendees: everyone(values),
        // the service keeps no place of its own: it opens the session's notes
        notes: values.place?.trim() ? `${t('form.placeLine', { place: values.place.trim() })}\n${values.notes}` : values.notes,
      })}
    >
      <Form.Item
        name="heldOn"
        label={t('form.heldOn')}
        rules={rules.day(
          t('form.heldOnFuture'),
          c.acceptedOn ?? undefined,
          t('form.heldOnBeforeAccept', { date: c.acceptedOn }),
        )}
      >
        <DateInput min={c.acceptedOn ?? undefined} />
      </Form.Item>
      <Form.Item name="place" label={t('form.placeOfSession')} rules={rules.text(100, false)}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="attendees"
        label={t('form.attendees')}
        dependencies={['otherAttendees']}
        rules={[
          {
            validator: async () => {
              const names = everyone(form.getFieldsValue());
              if (names.length === 0) throw new Error(t('form.attendeesRequired'));
              if (names.length > 50) throw new Error(t('form.tooManyAttendees'));
              if (names.some((name) => name.length > 100)) throw new Error(t('form.attendeeTooLong'));
            },
          },
        ]}
      >
        <Checkbox.Group options={c.parties.map((party) => ({ value: partyLabel(party), label: partyLabel(party) }))} />
      </Form.Item>
      <Form.Item name="otherAttendees" label={t('form.otherAttendees')} extra={t('form.otherAttendeesHint')}>
        <Input />
      </Form.Item>
      <Form.Item name="notes" label={t('form.notes')} rules={rules.text(3800)}>
        <Input.TextArea rows={5} maxLength={3800} showCount />
      </Form.Item>
    </StepForm>
  );
}

interface SignatureRow {
  partyId: string;
  signed?: boolean;
  signedOn?: string;
}

interface AgreementValues {
  terms: string;
  signatures: SignatureRow[];
}

/**
 * The agreement is recorded with every party's signature at once (the service refuses it
 * otherwise): one row per party, ticked and dated as each signs.
 */
function AgreementStep({ c, partyLabel }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<AgreementValues>();
  const nameOf = (partyId: string) => {
    const party = c.parties.find((p) => p.id === partyId);
    return party ? partyLabel(party) : partyId;
  };
  return (
    <StepForm<AgreementValues>
      c={c}
      step="agreement"
      form={form}
      initialValues={{ signatures: c.parties.map((party) => ({ partyId: party.id, signed: false, signedOn: todayInCounty() })) }}
      // a refusal for a missing signature goes away as soon as that party's box is ticked
      onValuesChange={(changed) => {
        if (changed.signatures && form.getFieldError(['signatures']).length > 0) form.validateFields([['signatures']]).catch(() => undefined);
      }}
      toBody={(values) => ({
        terms: values.terms,
        signatures: values.signatures.map((row) => ({ partyId: row.partyId, signedOn: row.signedOn })),
      })}
    >
      <Form.Item name="terms" label={t('form.terms')} extra={t('form.termsHint')} rules={rules.text(8000)}>
        <Input.TextArea rows={6} maxLength={8000} showCount />
      </Form.Item>
      <fieldset className="mediation-fieldset">
        <legend>{t('form.signatures')}</legend>
        <p className="muted">{t('form.signaturesHint')}</p>
        <Form.List
          name="signatures"
          rules={[
            {
              validator: async (_, rows: SignatureRow[] = []) => {
                const missing = rows.filter((row) => !row.signed).map((row) => nameOf(row.partyId));
                if (missing.length > 0) throw new Error(t('form.everyPartySigns', { parties: missing.join('、') }));
              },
            },
          ]}
        >
          {(fields, _, { errors }) => (
            <>
              {fields.map((field) => {
                const party = nameOf(form.getFieldValue(['signatures', field.name, 'partyId']));
                return (
                  <Flex key={field.key} wrap gap={12} align="start">
                    <Form.Item name={[field.name, 'partyId']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'signed']} valuePropName="checked" style={{ minWidth: 160 }}>
                      <Checkbox>{t('form.signed', { party })}</Checkbox>
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'signedOn']}
                      label={t('form.signedOn', { party })}
                      rules={rules.day(t('form.signedOnFuture'))}
                    >
                      <DateInput />
                    </Form.Item>
                  </Flex>
                );
              })}
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </fieldset>
    </StepForm>
  );
}

function ReasonStep({
  c,
  step,
  label,
  intro,
  successMessage,
  onDone,
}: StepProps & { step: string; label: string; intro?: ReactNode; successMessage?: string; onDone?: () => void }) {
  const rules = useRules();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <StepForm<{ reason: string }>
      c={c}
      step={step}
      form={form}
      toBody={(values) => values}
      successMessage={successMessage}
      onDone={onDone}
    >
      {intro}
      <Form.Item name="reason" label={label} rules={rules.text(2000)}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepForm>
  );
}

/**
 * Escalation hands the case to the level above: its mediator is unassigned and no longer sees
 * it, so a mediator goes back to their list; the staff of the place keep reading it.
 */
function EscalateStep(props: StepProps) {
  const { t } = useTranslation('mediation');
  const { identity, basePath } = useSession();
  const navigate = useNavigate();
  const next = levelAbove(props.c.level);
  return (
    <ReasonStep
      {...props}
      step="escalation"
      label={t('form.escalationReason')}
      successMessage={next && t('action.escalated', { level: t(`term:mediationLevel.${next}`) })}
      onDone={isStaff(identity) ? undefined : () => navigate(`${basePath}/mediation/cases`)}
      intro={
        next && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('form.escalationFrom', { from: t(`term:mediationLevel.${props.c.level}`), to: t(`term:mediationLevel.${next}`) })}
          />
        )
      }
    />
  );
}

function ReferStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<{ forum: Forum; notes?: string }>();
  return (
    <StepForm c={c} step="referral" form={form} toBody={(values) => values}>
      <Form.Item name="forum" label={t('form.forum')} rules={[rules.required]}>
        <Radio.Group
          options={(['ARBITRATION', 'LITIGATION'] as Forum[]).map((forum) => ({ value: forum, label: t(`forum.${forum}`) }))}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('form.referralNotes')} rules={rules.text(2000, false)}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepForm>
  );
}

function JudicialRequestStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<{ court: string }>();
  return (
    <StepForm c={c} step="judicial-confirmation" form={form} toBody={(values) => values}>
      <Form.Item name="court" label={t('form.court')} rules={rules.text(200)}>
        <Input maxLength={200} />
      </Form.Item>
    </StepForm>
  );
}

interface CourtAnswerValues {
  confirmed: boolean;
  reason?: string;
  answeredOn: string;
}

function JudicialAnswerStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<CourtAnswerValues>();
  const confirmed = Form.useWatch('confirmed', form);
  const requestedOn = c.judicialConfirmation?.requestedOn;
  return (
    <StepForm<CourtAnswerValues>
      c={c}
      step="judicial-confirmation/answer"
      form={form}
      initialValues={{ answeredOn: todayInCounty() }}
      toBody={(values) => values}
    >
      <Form.Item name="confirmed" label={t('form.courtAnswer')} rules={[rules.required]}>
        <Radio.Group
          options={[
            { value: true, label: t('form.confirmed') },
            { value: false, label: t('form.refused') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('form.refusalReason')}
        rules={[
          ...rules.text(2000, false),
          { required: confirmed === false, whitespace: true, message: t('form.refusalReasonRequired') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="answeredOn"
        label={t('form.answeredOn')}
        rules={rules.day(t('form.answeredOnRange', { date: requestedOn }), requestedOn)}
      >
        <DateInput min={requestedOn} />
      </Form.Item>
    </StepForm>
  );
}

function FollowUpStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<{ honoured: boolean; notes: string }>();
  return (
    <StepForm c={c} step="follow-up" form={form} toBody={(values) => values}>
      <Form.Item name="honoured" label={t('form.honoured')} rules={[rules.required]}>
        <Radio.Group
          options={[
            { value: true, label: t('form.wasHonoured') },
            { value: false, label: t('form.wasBroken') },
          ]}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('form.followUpNotes')} rules={rules.text(2000)}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepForm>
  );
}

function CloseStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<{ notes?: string }>();
  const outcome = closingOutcome(c);
  return (
    <StepForm c={c} step="close" form={form} toBody={(values) => values}>
      {outcome && <p>{t('form.closesAs', { outcome: t(`term:mediationOutcome.${outcome}`) })}</p>}
      <Form.Item name="notes" label={t('form.closingNotes')} rules={rules.text(2000, false)}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </StepForm>
  );
}

function ClassifyStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<{ category: Category; amount: number }>();
  return (
    <StepForm
      c={c}
      step="classification"
      form={form}
      initialValues={{ category: c.category, amount: c.amount }}
      toBody={(values) => values}
    >
      <Form.Item name="category" label={t('form.category')} rules={[rules.required]}>
        <Select options={CATEGORIES.map((category) => ({ value: category, label: t(`term:disputeCategory.${category}`) }))} />
      </Form.Item>
      <Form.Item name="amount" label={t('form.amount')} rules={[rules.required]}>
        <InputNumber min={0} max={1_000_000_000} precision={0} style={{ width: '100%', maxWidth: 240 }} />
      </Form.Item>
    </StepForm>
  );
}

interface Suggestion {
  mediatorId: string;
  name: string;
  caseload: number;
}

interface AssignValues {
  choice: 'suggested' | 'other';
  mediatorId?: string;
  overrideReason?: string;
}

/** Who may take a case: active, of its level, serving its place (mediation-service `Mediator.serves`). */
function mayServe(m: Mediator, c: MediationCase): boolean {
  if (!m.active || m.level !== c.level) return false;
  if (m.level === 'VILLAGE') return m.villageId === c.villageId;
  if (m.level === 'TOWNSHIP') return m.townshipId === c.townshipId;
  return true;
}

function AssignStep({ c }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<AssignValues>();
  const { mediators } = useMediators();
  const suggestion = useQuery({
    queryKey: [...MEDIATION_KEY, 'suggestion', c.id, c.version],
    queryFn: ({ signal }) => api<Suggestion>(`${casePath(c.id)}/suggestion`, { signal }),
    retry: false,
  });
  const choice = Form.useWatch('choice', form);
  const chosen = Form.useWatch('mediatorId', form);
  const suggested = suggestion.data?.mediatorId;
  const noSuggestion = isApiError(suggestion.error) && suggestion.error.status === 422;
  const needsReason = choice === 'other' && chosen !== undefined && chosen !== suggested;
  return (
    <StepForm<AssignValues>
      c={c}
      step="assignment"
      form={form}
      initialValues={{ choice: 'suggested' }}
      submitDisabled={suggestion.isLoading || (choice === 'suggested' && !suggested)}
      toBody={(values) =>
        values.choice === 'suggested' ? {} : { mediatorId: values.mediatorId, overrideReason: values.overrideReason }
      }
    >
      {suggestion.data && <p>{t('form.suggestion', { name: suggestion.data.name, caseload: suggestion.data.caseload })}</p>}
      {noSuggestion && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('form.noSuggestion', { detail: isApiError(suggestion.error) ? (suggestion.error.problem.detail ?? '') : '' })}
        />
      )}
      {suggestion.error && !noSuggestion && <ProblemAlert error={suggestion.error} />}
      <Form.Item name="choice" label={t('form.mediator')}>
        <Radio.Group
          options={[
            { value: 'suggested', label: t('form.useSuggestion'), disabled: !suggested },
            { value: 'other', label: t('form.chooseOther') },
          ]}
        />
      </Form.Item>
      {choice === 'other' && (
        <>
          <Form.Item name="mediatorId" label={t('form.chooseOther')} rules={[rules.required]}>
            <Select
              options={mediators
                .filter((m) => mayServe(m, c))
                .map((m) => ({
                  value: m.id,
                  label: t('form.mediatorOption', { name: m.name, level: t(`level.${m.level}`), caseload: m.caseload }),
                }))}
            />
          </Form.Item>
          {needsReason && (
            <Form.Item name="overrideReason" label={t('form.overrideReason')} rules={rules.text(500)}>
              <Input.TextArea rows={3} maxLength={500} />
            </Form.Item>
          )}
        </>
      )}
    </StepForm>
  );
}

interface PartyRow {
  kind: Party['kind'];
  householdId?: string;
  name?: string;
  contact?: string;
  userId?: string;
}

interface HouseholdChoice {
  id: string;
  headName: string;
  address?: string;
}

/** A household of the case's village, found by its head's or a member's name (grid-service search). */
function HouseholdSelect({
  id,
  value,
  onChange,
  villageId,
  known,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  villageId: string;
  known: { value: string; label: string }[];
}) {
  const { t } = useTranslation('mediation');
  const [search, setSearch] = useState('');
  const found = useQuery({
    queryKey: ['grid', 'households', 'search', villageId, search],
    queryFn: ({ signal }) =>
      api<Page<HouseholdChoice>>('/api/v1/grid/households', { query: { villageId, name: search, size: 20 }, signal }),
    enabled: search.length > 0,
  });
  const options = [
    ...known,
    ...(found.data?.items ?? [])
      .filter((household) => !known.some((option) => option.value === household.id))
      .map((household) => ({ value: household.id, label: `${household.headName}${household.address ? `（${household.address}）` : ''}` })),
  ];
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setSearch(text.trim()) }}
      value={value}
      onChange={onChange}
      placeholder={t('form.householdSearch')}
      loading={found.isFetching}
      options={options}
    />
  );
}

/** A grid report's case names households by id only: the staff add the other side, or outsiders with a contact. */
function PartiesStep({ c, partyLabel }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<{ parties: PartyRow[] }>();
  const known = c.parties
    .filter((party) => party.kind === 'HOUSEHOLD' && party.householdId)
    .map((party) => ({ value: party.householdId as string, label: partyLabel(party) }));
  return (
    <StepForm<{ parties: PartyRow[] }>
      c={c}
      step="parties"
      method="PUT"
      form={form}
      initialValues={{
        parties: c.parties.map((party) => ({
          kind: party.kind,
          householdId: party.householdId ?? undefined,
          name: party.kind === 'OUTSIDER' ? (party.name ?? undefined) : undefined,
          contact: party.contact ?? undefined,
          userId: party.userId ?? undefined,
        })),
      }}
      toBody={(values) => ({
        parties: values.parties.map((row) =>
          row.kind === 'HOUSEHOLD'
            ? { kind: row.kind, householdId: row.householdId, contact: row.contact || undefined, userId: row.userId }
            : { kind: row.kind, name: row.name, contact: row.contact, userId: row.userId },
        ),
      })}
    >
      <Form.List
        name="parties"
        rules={[
          {
            validator: async (_, rows: PartyRow[] = []) => {
              if (rows.length < 2) throw new Error(t('form.atLeastTwoParties'));
              if (rows.length > 20) throw new Error(t('form.atMostTwentyParties'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <fieldset className="mediation-fieldset">
            <legend>{t('form.partiesList')}</legend>
            {fields.map((field, index) => (
              <div key={field.key} className="mediation-party-row">
                <Flex justify="space-between" align="center">
                  <strong>{t('form.partyN', { n: index + 1 })}</strong>
                  <Button autoInsertSpace={false} type="link" onClick={() => remove(field.name)}>
                    {t('form.removeParty', { n: index + 1 })}
                  </Button>
                </Flex>
                <Form.Item name={[field.name, 'userId']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'kind']}
                  label={t('form.ofParty', { n: index + 1, field: t('form.kind') })}
                  rules={[rules.required]}
                >
                  <Radio.Group
                    options={[
                      { value: 'HOUSEHOLD', label: t('form.household') },
                      { value: 'OUTSIDER', label: t('party.OUTSIDER') },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle dependencies={[['parties', field.name, 'kind']]}>
                  {() =>
                    form.getFieldValue(['parties', field.name, 'kind']) === 'HOUSEHOLD' ? (
                      <Form.Item
                        name={[field.name, 'householdId']}
                        label={t('form.ofParty', { n: index + 1, field: t('form.household') })}
                        rules={[rules.required]}
                      >
                        <HouseholdSelect villageId={c.villageId} known={known} />
                      </Form.Item>
                    ) : (
                      <>
                        <Form.Item
                          name={[field.name, 'name']}
                          label={t('form.ofParty', { n: index + 1, field: t('form.outsiderName') })}
                          rules={rules.text(100)}
                        >
                          <Input maxLength={100} />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'contact']}
                          label={t('form.ofParty', { n: index + 1, field: t('form.contact') })}
                          extra={t('form.contactHint')}
                          rules={rules.text(100)}
                        >
                          <Input maxLength={100} inputMode="tel" />
                        </Form.Item>
                      </>
                    )
                  }
                </Form.Item>
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            {fields.length < 20 && (
              <Button autoInsertSpace={false} onClick={() => add({ kind: 'HOUSEHOLD' })} style={{ marginBottom: 16 }}>
                {t('form.addParty')}
              </Button>
            )}
          </fieldset>
        )}
      </Form.List>
    </StepForm>
  );
}

interface RatingValues {
  partyId: string;
  score: number;
  comment?: string;
}

/** A paper rating form entered by the staff of the case (never by its mediator): one per party. */
function RateStep({ c, partyLabel }: StepProps) {
  const { t } = useTranslation('mediation');
  const rules = useRules();
  const [form] = Form.useForm<RatingValues>();
  const unrated = unratedParties(c);
  return (
    <StepForm<RatingValues>
      c={c}
      step="ratings"
      form={form}
      initialValues={{ partyId: unrated[0]?.id }}
      toBody={(values) => values}
    >
      <Form.Item name="partyId" label={t('form.ratedParty')} rules={[rules.required]}>
        <Select options={unrated.map((party) => ({ value: party.id, label: partyLabel(party) }))} />
      </Form.Item>
      <Form.Item name="score" label={t('form.score')} rules={[rules.required]}>
        <Radio.Group options={[1, 2, 3, 4, 5].map((score) => ({ value: score, label: t(`form.scores.${score}`) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('form.comment')} rules={rules.text(1000, false)}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </StepForm>
  );
}
