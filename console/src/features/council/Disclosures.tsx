import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Radio, Segmented, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../App';
import { api } from '../../api/http';
import { formatDate, todayInCounty } from '../../common/format';
import { Notice as PageNotice } from '../../common/Notice';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, NOTICE_CATEGORIES, type Notice, type NoticeCategory } from './api';
import { DayPicker, today } from './fields';
import { useVillages } from './places';
import { FilterBar, ListHeader, NoticeCategoryTag, type Tone, ToneTag, useCouncilPath, useDefaultVillage, useRules, VillageFilter, VillageFormItem } from './shared';

type Window = 'current' | 'upcoming' | 'ended' | 'withdrawn';

/** Where a notice stands in its publication window today (county time). */
export function windowOf(notice: Notice, today: string): Window {
  if (notice.withdrawnReason) return 'withdrawn';
  if (notice.current) return 'current';
  return notice.publishFrom > today ? 'upcoming' : 'ended';
}

const WINDOW_COLOURS: Record<Window, Tone> = { current: 'green', upcoming: 'blue', ended: 'grey', withdrawn: 'red' };

function WindowTag({ notice }: { notice: Notice }) {
  const { t } = useTranslation('council');
  const window = windowOf(notice, todayInCounty());
  return <ToneTag tone={WINDOW_COLOURS[window]}>{t(`window.${window}`)}</ToneTag>;
}

/** The disclosure board: village affairs, party affairs and finances, with their publication windows. */
export function DisclosureBoard() {
  const { t } = useTranslation('council');
  const path = useCouncilPath();
  const { nameOf } = useVillages();
  const [villageId, setVillageId] = useState<string>();
  const [category, setCategory] = useState<NoticeCategory | 'ALL'>('ALL');
  const [currentOnly, setCurrentOnly] = useState(true);
  const windowText = (notice: Notice) => t('disclosures.window', { from: formatDate(notice.publishFrom), until: formatDate(notice.publishUntil) });
  return (
    <>
      <ListHeader title={t('disclosures.title')} hint={t('disclosures.hint')} create={{ label: t('disclosures.publish'), to: 'disclosures/new' }} />
      <FilterBar>
        <VillageFilter value={villageId} onChange={setVillageId} />
        <Form.Item label={t('field.category')}>
          <Segmented<NoticeCategory | 'ALL'>
            value={category}
            onChange={setCategory}
            options={[{ value: 'ALL', label: t('filter.all') }, ...NOTICE_CATEGORIES.map((value) => ({ value, label: t(`noticeCategory.${value}`) }))]}
          />
        </Form.Item>
        <Form.Item label={t('disclosures.currentOnly')} htmlFor="notice-current-filter">
          <Switch id="notice-current-filter" checked={currentOnly} onChange={setCurrentOnly} />
        </Form.Item>
      </FilterBar>
      <PagedList<Notice>
        key={`${villageId}-${category}-${currentOnly}`}
        path={`${COUNCIL}/notices`}
        query={{ villageId, category: category === 'ALL' ? undefined : category, current: currentOnly }}
        queryKey={[...keys.notices, 'list']}
        emptyText={t(currentOnly ? 'disclosures.emptyCurrent' : 'disclosures.empty')}
        columns={[
          { title: t('field.category'), dataIndex: 'category', render: (value: NoticeCategory) => <NoticeCategoryTag category={value} /> },
          { title: t('field.title'), dataIndex: 'title', render: (title: string, notice) => <Link to={path(`disclosures/${notice.id}`)}>{title}</Link> },
          { title: t('disclosures.windowTitle'), key: 'window', render: (_: unknown, notice) => windowText(notice) },
          { title: t('field.status'), key: 'state', render: (_: unknown, notice) => <WindowTag notice={notice} /> },
          { title: t('field.village'), dataIndex: 'villageId', render: (id: string) => nameOf(id) },
        ]}
        renderCard={(notice) => (
          <div style={{ width: '100%' }}>
            <NoticeCategoryTag category={notice.category} /> <WindowTag notice={notice} />
            <div>
              <Link to={path(`disclosures/${notice.id}`)} style={{ fontSize: '1.1em' }}>
                {notice.title}
              </Link>
            </div>
            <div className="muted">{windowText(notice)}</div>
          </div>
        )}
      />
    </>
  );
}

export function DisclosureDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const { nameOf } = useVillages();
  const notice = useQuery({
    queryKey: [...keys.notices, 'one', id],
    queryFn: ({ signal }) => api<Notice>(`${COUNCIL}/notices/${id}`, { signal }),
  });
  if (notice.isLoading) return <Loading />;
  if (!notice.data) return <ProblemAlert error={notice.error} onReload={() => void notice.refetch()} />;
  const data = notice.data;
  return (
    <>
      <PageTitle extra={<WindowTag notice={data} />}>{data.title}</PageTitle>
      {data.withdrawnReason && (
        <Alert type="warning" showIcon title={t('disclosures.withdrawn')} description={data.withdrawnReason} style={{ marginBottom: 16 }} />
      )}
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('field.category')}>
          <NoticeCategoryTag category={data.category} />
        </Descriptions.Item>
        <Descriptions.Item label={t('field.village')}>{nameOf(data.villageId)}</Descriptions.Item>
        <Descriptions.Item label={t('disclosures.windowTitle')} span="filled">
          {t('disclosures.window', { from: formatDate(data.publishFrom), until: formatDate(data.publishUntil) })}
        </Descriptions.Item>
      </Descriptions>
      <Card>
        <div style={{ whiteSpace: 'pre-wrap' }}>{data.body}</div>
      </Card>
      {access.write && !data.withdrawnReason && <WithdrawNotice notice={data} />}
    </>
  );
}

function WithdrawNotice({ notice }: { notice: Notice }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useAction<{ reason: string }>({
    path: () => `${COUNCIL}/notices/${notice.id}/withdraw`,
    form,
    invalidates: [[...keys.notices]],
    successMessage: t('disclosures.withdrawnMessage'),
  });
  return (
    <div style={{ marginTop: 16 }}>
      <Button danger onClick={() => setOpen(true)}>
        {t('disclosures.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('disclosures.withdraw')}
        okText={t('disclosures.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <ProblemAlert error={withdraw.error} fieldErrors={withdraw.fieldErrors} />
        <Form form={form} layout="vertical" onFinish={(values) => withdraw.mutate(values, { onSuccess: () => setOpen(false) })}>
          <Form.Item name="reason" label={t('field.withdrawReason')} rules={rules.text(500)}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

type NoticeValues = Pick<Notice, 'villageId' | 'category' | 'title' | 'body' | 'publishFrom' | 'publishUntil'>;

/** Puts a notice on the board for its publication window. */
export function DisclosureNew() {
  const { t } = useTranslation('council');
  const rules = useRules();
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  const [form] = Form.useForm<NoticeValues>();
  useDefaultVillage(form);
  const from = Form.useWatch('publishFrom', form);
  const publish = useAction<NoticeValues, Notice>({
    path: () => `${COUNCIL}/notices`,
    form,
    invalidates: [[...keys.notices]],
    idempotent: true,
    successMessage: t('disclosures.published'),
  });
  if (!access.write) return <PageNotice kind="forbidden" title={t('access.writeOnly')} />;
  const now = today();
  return (
    <>
      <PageTitle>{t('disclosures.publish')}</PageTitle>
      <Card>
        <ProblemAlert error={publish.error} fieldErrors={publish.fieldErrors} />
        <Form<NoticeValues>
          form={form}
          layout="vertical"
          initialValues={{ category: 'VILLAGE_AFFAIRS', publishFrom: now }}
          onFinish={(values) => publish.mutate(values, { onSuccess: (notice) => navigate(path(`disclosures/${notice.id}`)) })}
        >
          <VillageFormItem />
          <Form.Item name="category" label={t('field.category')} rules={rules.required}>
            <Radio.Group optionType="button" options={NOTICE_CATEGORIES.map((value) => ({ value, label: t(`noticeCategory.${value}`) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('field.title')} rules={rules.text(200)}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="body" label={t('field.body')} rules={rules.text(20000)}>
            <Input.TextArea rows={8} maxLength={20000} showCount />
          </Form.Item>
          <Form.Item name="publishFrom" label={t('field.publishFrom')} rules={rules.required}>
            <DayPicker />
          </Form.Item>
          <Form.Item
            name="publishUntil"
            label={t('field.publishUntil')}
            dependencies={['publishFrom']}
            rules={[
              { required: true, message: t('validation.required') },
              ({ getFieldValue }) => ({
                validator: async (_, until?: string) => {
                  if (!until) return;
                  if (until < now) throw new Error(t('validation.windowOver'));
                  if (getFieldValue('publishFrom') && until < getFieldValue('publishFrom')) throw new Error(t('validation.windowOrder'));
                },
              }),
            ]}
          >
            <DayPicker min={from && from > now ? from : now} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={publish.isPending}>
            {t('disclosures.publishSubmit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
