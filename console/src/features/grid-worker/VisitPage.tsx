import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { namePath } from '../../api/problem';
import { formatDate, formatDateTime, todayInCounty } from '../../common/format';
import { useOnline } from '../../common/online';
import { PageTitle } from '../../layout/AppShell';
import { correctEntry, discardEntry, mayDiscard, outboxEntries, saveToOutbox, type OutboxEntry, type OutboxProblem } from '../../offline/outbox';
import { useOutbox, useOutboxOwner, useSendOutbox } from '../../offline/useOutbox';
import { GW, useHouseholdOptions, VISITS_PATH, type Visit, type VisitInput } from './api';
import { CardList } from './CardList';
import { HouseholdSelect } from './HouseholdSelect';
import { requiredMark, Section } from './parts';

/** What the API validates (grid-service VisitController.LogVisit), checked before anything is kept. */
const TEXT_MAX = 2000;
/** The form's fields, which a problem's `errors[].field` may name. */
const FORM_FIELDS = ['householdId', 'visitedOn', 'notes', 'issuesFound'] as const;

interface VisitValues {
  householdId?: string;
  visitedOn?: string;
  notes?: string;
  issuesFound?: string;
}

/** A field a problem names, in the words of this screen (the API's name when the screen has none). */
export function fieldName(t: TFunction, field: string): string {
  return t(`field.${namePath(field)[0]}`, { defaultValue: field });
}

/**
 * Log a visit, with or without network: every visit is first kept on the phone with its own
 * Idempotency-Key, then sent (now if online, else when the network is back). The list below
 * shows what waits, what is being sent, what the platform refused (with its reason, to correct
 * or discard) and what went.
 */
export default function VisitPage() {
  const { t } = useTranslation('gridWorker');
  const outbox = useOutbox<VisitInput, Visit>('visit');
  const [editing, setEditing] = useState<OutboxEntry<VisitInput>>();
  const online = useOnline();
  const queryClient = useQueryClient();
  const send = useSendOutbox(() => void queryClient.invalidateQueries({ queryKey: [GW] }));
  const formTop = useRef<HTMLDivElement>(null);

  const startCorrecting = (entry: OutboxEntry<VisitInput>) => {
    setEditing(entry);
    formTop.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  };

  return (
    <>
      <PageTitle
        extra={
          outbox.waiting > 0 && (
            <Tag color="gold" role="status">
              {t('visit.waitingBadge', { count: outbox.waiting })}
            </Tag>
          )
        }
      >
        {t('visit.title')}
      </PageTitle>
      <div ref={formTop} />
      <VisitForm editing={editing} onDone={() => setEditing(undefined)} onRefused={startCorrecting} send={send} />

      <Section
        id="gw-outbox"
        title={t('visit.outbox')}
        extra={outbox.waiting > 0 && online && <Button onClick={() => void send()}>{t('visit.sendNow')}</Button>}
      >
        <CardList items={outbox.entries} itemKey={(entry) => entry.key} empty={t('visit.outboxEmpty')}>
          {(entry) => (
            <OutboxCard
              entry={entry}
              editing={editing?.key === entry.key}
              onCorrect={() => startCorrecting(entry)}
              onDiscarded={() => editing?.key === entry.key && setEditing(undefined)}
            />
          )}
        </CardList>
      </Section>

      <Section id="gw-sent" title={t('visit.sentList')}>
        <CardList items={outbox.sent.slice(0, 20)} itemKey={(entry) => entry.key} empty={t('visit.sentEmpty')}>
          {(entry) => (
            <article className="gw-card">
              <span className="gw-card-title">{entry.label ?? entry.body.householdId}</span> <Tag color="green">{t('visit.sentList')}</Tag>
              <p className="gw-card-line">{t('shared.pair', { label: t('visit.visitedOn'), value: formatDate(entry.body.visitedOn) })}</p>
              <p className="gw-card-line muted">{t('visit.sentAt', { time: formatDateTime(entry.sentAt) })}</p>
            </article>
          )}
        </CardList>
      </Section>
    </>
  );
}

function VisitForm({
  editing,
  onDone,
  onRefused,
  send,
}: {
  editing?: OutboxEntry<VisitInput>;
  onDone: () => void;
  onRefused: (entry: OutboxEntry<VisitInput>) => void;
  send: ReturnType<typeof useSendOutbox>;
}) {
  const { t } = useTranslation('gridWorker');
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const owner = useOutboxOwner();
  const [form] = Form.useForm<VisitValues>();
  const [params] = useSearchParams();
  const [saving, setSaving] = useState(false);
  const [unshown, setUnshown] = useState<OutboxProblem>();
  const today = todayInCounty();
  const prefilled = params.get('householdId') ?? undefined;
  const chosen = Form.useWatch('householdId', form);
  const households = useHouseholdOptions([chosen, prefilled, editing?.body.householdId]);
  const options = editing && !households.labelOf(editing.body.householdId)
    ? [...households.options, { value: editing.body.householdId, label: editing.label ?? editing.body.householdId }]
    : households.options;

  // correcting a refused entry: its values in the form, the platform's reasons at their fields
  useEffect(() => {
    if (!editing) {
      setUnshown(undefined);
      return;
    }
    form.resetFields();
    form.setFieldsValue(editing.body);
    showProblem(editing.problem);
    // showProblem only reads the form and the translations
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, form]);

  const showProblem = (problem?: OutboxProblem) => {
    if (!problem) return;
    const atFields = problem.errors.filter((error) => (FORM_FIELDS as readonly string[]).includes(String(namePath(error.field)[0])));
    form.setFields(atFields.map((error) => ({ name: namePath(error.field)[0] as keyof VisitValues, errors: [error.message] })));
    const elsewhere = problem.errors.filter((error) => !atFields.includes(error));
    // the reason above the form only when some of it is not already shown at a field
    setUnshown(elsewhere.length > 0 || atFields.length === 0 ? { ...problem, errors: elsewhere } : undefined);
  };

  const finish = async (values: VisitValues) => {
    const body: VisitInput = { householdId: values.householdId!, visitedOn: values.visitedOn! };
    if (values.notes?.trim()) body.notes = values.notes.trim();
    if (values.issuesFound?.trim()) body.issuesFound = values.issuesFound.trim();
    setSaving(true);
    setUnshown(undefined);
    try {
      const entry = editing
        ? await correctEntry(owner, editing.key, body, households.labelOf(body.householdId))
        : await saveToOutbox(owner, 'visit', VISITS_PATH, body, households.labelOf(body.householdId));
      if (!navigator.onLine) {
        message.info(t('visit.savedOffline'));
        clear();
        return;
      }
      await send();
      const after = (await outboxEntries<VisitInput>(owner, 'visit')).find((candidate) => candidate.key === entry.key);
      if (!after) {
        message.success(t('visit.sent'));
        clear();
      } else if (after.status === 'failed') {
        message.error(t('visit.refused'));
        // the form now corrects the refused entry (its reasons at their fields) rather than keeping a second one
        onRefused(after);
      } else {
        message.info(t('visit.savedWaiting'));
        clear();
      }
    } finally {
      setSaving(false);
    }
  };

  const clear = () => {
    form.resetFields();
    form.setFieldsValue({ householdId: undefined, visitedOn: todayInCounty() });
    onDone();
  };

  return (
    <section className="gw-card gw-form" aria-label={editing ? t('visit.editing') : t('visit.title')}>
      {editing && <h3 className="gw-form-title">{t('visit.editing')}</h3>}
      {unshown && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={common('error.title')}
          description={
            <>
              <div>{unshown.detail ?? reasonOf(common, unshown)}</div>
              {unshown.errors.length > 0 && (
                <ul className="problem-fields">
                  {unshown.errors.map((error) => (
                    <li key={error.field}>{common('error.field', { field: fieldName(t, error.field), message: error.message })}</li>
                  ))}
                </ul>
              )}
            </>
          }
        />
      )}
      <Form<VisitValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void finish(values)}
        initialValues={{ householdId: prefilled, visitedOn: today }}
        requiredMark={requiredMark}
      >
        <Form.Item name="householdId" label={t('visit.household')} rules={[{ required: true, message: t('visit.householdRequired') }]}>
          <HouseholdSelect placeholder={t('visit.householdPlaceholder')} options={options} loading={households.isLoading} />
        </Form.Item>
        <Form.Item
          name="visitedOn"
          label={t('visit.visitedOn')}
          rules={[
            { required: true, message: t('visit.visitedOnRequired') },
            {
              validator: async (_, value?: string) => {
                if (value && value > todayInCounty()) throw new Error(t('visit.future'));
              },
            },
          ]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item name="notes" label={t('visit.notes')} rules={[{ max: TEXT_MAX, message: t('visit.tooLong', { max: TEXT_MAX }) }]}>
          <Input.TextArea rows={4} maxLength={TEXT_MAX} showCount placeholder={t('visit.notesPlaceholder')} />
        </Form.Item>
        <Form.Item name="issuesFound" label={t('visit.issuesFound')} rules={[{ max: TEXT_MAX, message: t('visit.tooLong', { max: TEXT_MAX }) }]}>
          <Input.TextArea rows={3} maxLength={TEXT_MAX} showCount placeholder={t('visit.issuesPlaceholder')} />
        </Form.Item>
        <div className="gw-actions">
          <Button type="primary" htmlType="submit" loading={saving}>
            {editing ? t('visit.saveCorrection') : t('visit.save')}
          </Button>
          {editing && <Button onClick={clear}>{t('visit.cancelEditing')}</Button>}
        </div>
      </Form>
    </section>
  );
}

function OutboxCard({
  entry,
  editing,
  onCorrect,
  onDiscarded,
}: {
  entry: OutboxEntry<VisitInput>;
  editing: boolean;
  onCorrect: () => void;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation('gridWorker');
  const { t: common } = useTranslation();
  const { message } = App.useApp();
  const owner = useOutboxOwner();
  const label = entry.label ?? entry.body.householdId;
  const status = {
    waiting: <Tag color="gold">{t('visit.statusWaiting')}</Tag>,
    sending: <Tag color="blue">{t('visit.statusSending')}</Tag>,
    failed: <Tag color="red">{t('visit.statusFailed')}</Tag>,
  }[entry.status];
  return (
    <article className="gw-card" style={editing ? { borderColor: '#b71c1c' } : undefined}>
      <span className="gw-card-title">{label}</span> {status}
      <p className="gw-card-line">{t('shared.pair', { label: t('visit.visitedOn'), value: formatDate(entry.body.visitedOn) })}</p>
      <p className="gw-card-line muted">{t('visit.savedAt', { time: formatDateTime(entry.createdAt) })}</p>
      {entry.status === 'waiting' && entry.problem && entry.lastAttemptAt && (
        <p className="gw-card-line muted">
          {t('visit.lastAttempt', { time: formatDateTime(entry.lastAttemptAt), reason: reasonOf(common, entry.problem) })}
        </p>
      )}
      {entry.status === 'failed' && entry.problem && (
        <Alert
          type="error"
          style={{ marginTop: 8 }}
          title={t('visit.reason', { reason: entry.problem.detail ?? reasonOf(common, entry.problem) })}
          description={
            entry.problem.errors.length > 0 && (
              <ul className="problem-fields">
                {entry.problem.errors.map((error) => (
                  <li key={error.field}>{common('error.field', { field: fieldName(t, error.field), message: error.message })}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {(entry.status === 'failed' || mayDiscard(entry)) && (
        <div className="gw-actions">
          {entry.status === 'failed' && (
            <Button type="primary" onClick={onCorrect} aria-label={`${t('visit.correct')} ${label}`}>
              {t('visit.correct')}
            </Button>
          )}
          <Popconfirm
            title={t('visit.discardConfirm')}
            okText={t('visit.discard')}
            cancelText={common('state.cancel')}
            onConfirm={async () => {
              await discardEntry(owner, entry.key);
              onDiscarded();
              message.success(t('visit.discarded'));
            }}
          >
            <Button danger aria-label={`${t('visit.discard')} ${label}`}>
              {t('visit.discard')}
            </Button>
          </Popconfirm>
        </div>
      )}
    </article>
  );
}

/** The last attempt's reason in a sentence: no network, the service unavailable, or what it said. */
function reasonOf(common: TFunction, problem: OutboxProblem): string {
  if (problem.status === 0) return common('error.network');
  if (problem.status === 401) return common('error.unauthorized');
  if (problem.status === 429) return common('error.tooMany');
  if (problem.status >= 500) return common('error.unavailable');
  return problem.detail ?? common('error.server');
}
