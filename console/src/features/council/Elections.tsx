import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Popconfirm, Progress, Row, Select, Table, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../App';
import { api, type Page } from '../../api/http';
import { isApiError } from '../../api/problem';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../common/format';
import { Notice } from '../../common/Notice';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, MEMBER_CATEGORIES, type Candidate, type Council, type Election, type ElectionResult, type RepresentativeRoster } from './api';
import { TermText } from './Councils';
import { CountyTimePicker, DayPicker, HouseholdSelect } from './fields';
import { PaperBallotForm } from './PaperBallotForm';
import { useVillages } from './places';
import { FilterBar, ListHeader, type Tone, ToneTag, useCouncilPath, useRules, VillageFilter } from './shared';

type Phase = 'upcoming' | 'voting' | 'awaitingClose' | 'closed';

/** Where an election stands now: ballots are taken within [opensAt, closesAt), it closes after. */
export function phaseOf(election: Pick<Election, 'status' | 'opensAt' | 'closesAt'>, now = Date.now()): Phase {
  if (election.status === 'CLOSED') return 'closed';
  if (now < Date.parse(election.opensAt)) return 'upcoming';
  return now < Date.parse(election.closesAt) ? 'voting' : 'awaitingClose';
}

const PHASE_COLOURS: Record<Phase, Tone> = { upcoming: 'blue', voting: 'green', awaitingClose: 'orange', closed: 'grey' };

function PhaseTag({ election }: { election: Election }) {
  const { t } = useTranslation('council');
  const phase = phaseOf(election);
  return <ToneTag tone={PHASE_COLOURS[phase]}>{t(`phase.${phase}`)}</ToneTag>;
}

function useCouncils(villageId?: string) {
  return useQuery({
    queryKey: [...keys.councils, 'all', villageId],
    queryFn: ({ signal }) => api<Page<Council>>(`${COUNCIL}/councils`, { query: { villageId, size: 100 }, signal }),
  });
}

/** Every election of the councils in scope: its window, its phase, and its turnout once closed. */
export function ElectionList() {
  const { t } = useTranslation('council');
  const path = useCouncilPath();
  const [villageId, setVillageId] = useState<string>();
  const councils = useCouncils();
  const councilName = (id: string) => councils.data?.items.find((council) => council.id === id)?.name ?? '';
  const windowText = (election: Election) => t('elections.window', { from: formatDateTime(election.opensAt), until: formatDateTime(election.closesAt) });
  return (
    <>
      <ListHeader
        title={t('elections.title')}
        hint={t('elections.hint')}
        links={[{ label: t('councils.title'), to: 'councils' }]}
        create={{ label: t('elections.call'), to: 'elections/new' }}
      />
      <FilterBar>
        <VillageFilter value={villageId} onChange={setVillageId} />
      </FilterBar>
      <PagedList<Election>
        key={villageId}
        path={`${COUNCIL}/elections`}
        query={{ villageId }}
        queryKey={[...keys.elections, 'list']}
        emptyText={t('elections.empty')}
        columns={[
          { title: t('field.title'), dataIndex: 'title', render: (title: string, election) => <Link to={path(`elections/${election.id}`)}>{title}</Link> },
          { title: t('field.council'), dataIndex: 'councilId', render: (id: string) => councilName(id) },
          { title: t('elections.windowTitle'), key: 'window', render: (_: unknown, election) => windowText(election) },
          { title: t('field.status'), key: 'phase', render: (_: unknown, election) => <PhaseTag election={election} /> },
          {
            title: t('elections.turnout'),
            key: 'turnout',
            align: 'right',
            render: (_: unknown, election) => (election.status === 'CLOSED' ? formatPercent(election.turnoutPercent / 100) : ''),
          },
        ]}
        renderCard={(election) => (
          <div style={{ width: '100%' }}>
            <Link to={path(`elections/${election.id}`)} style={{ fontSize: '1.1em' }}>
              {election.title}
            </Link>{' '}
            <PhaseTag election={election} />
            <div className="muted">{windowText(election)}</div>
          </div>
        )}
      />
    </>
  );
}

type ElectionValues = Pick<Election, 'councilId' | 'title' | 'seats' | 'termStart' | 'termEnd' | 'opensAt' | 'closesAt'> & {
  candidates: Omit<Candidate, 'id'>[];
};

/** Calls an election for a council's next term: seats, term, voting window and the ballot paper's candidates. */
export function ElectionNew() {
  const { t } = useTranslation('council');
  const rules = useRules();
  const access = useCouncilAccess();
  const navigate = useNavigate();
  const path = useCouncilPath();
  const { nameOf } = useVillages();
  const councils = useCouncils();
  const [form] = Form.useForm<ElectionValues>();
  const councilId = Form.useWatch('councilId', form);
  const council = councils.data?.items.find((candidate) => candidate.id === councilId);
  const call = useAction<ElectionValues, Election>({
    path: () => `${COUNCIL}/elections`,
    body: (values) => ({ ...values, candidates: values.candidates.map((candidate) => ({ ...candidate, householdId: candidate.householdId || undefined })) }),
    form,
    invalidates: [[...keys.elections]],
    idempotent: true,
    successMessage: t('elections.called'),
  });
  if (!access.write) return <Notice kind="forbidden" title={t('access.writeOnly')} />;
  return (
    <>
      <PageTitle>{t('elections.call')}</PageTitle>
      <p className="muted">{t('elections.callHint')}</p>
      <Card>
        <ProblemAlert error={councils.error} />
        <ProblemAlert error={call.error} fieldErrors={call.fieldErrors} />
        {councils.data && councils.data.items.length === 0 && (
          <Alert
            type="info"
            showIcon
            title={t('elections.noCouncil')}
            action={<Button onClick={() => navigate(path('councils'))}>{t('councils.title')}</Button>}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<ElectionValues>
          form={form}
          layout="vertical"
          initialValues={{ seats: 5, candidates: [{}] }}
          onFinish={(values) => call.mutate(values, { onSuccess: (election) => navigate(path(`elections/${election.id}`)) })}
        >
          <Form.Item name="councilId" label={t('field.council')} rules={rules.required}>
            <Select
              loading={councils.isLoading}
              options={(councils.data?.items ?? []).map((candidate) => ({
                value: candidate.id,
                label: `${candidate.name}（${nameOf(candidate.naturalVillageId)}）`,
              }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('field.title')} rules={rules.text(200)}>
            <Input maxLength={200} placeholder={t('elections.titlePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="seats"
            label={t('field.seats')}
            extra={council ? t('elections.seatsOfCouncil', { seats: council.seats }) : undefined}
            rules={[
              { required: true, message: t('validation.required') },
              { validator: async (_, seats?: number) => { if (council && seats && seats > council.seats) throw new Error(t('elections.seatsOfCouncil', { seats: council.seats })); } },
            ]}
          >
            <InputNumber min={1} max={15} precision={0} />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="termStart" label={t('field.termStart')} rules={rules.required}>
                <DayPicker min={council?.currentTerm?.start} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="termEnd"
                label={t('field.termEnd')}
                dependencies={['termStart']}
                rules={[
                  { required: true, message: t('validation.required') },
                  ({ getFieldValue }) => ({ validator: async (_, end?: string) => { if (end && getFieldValue('termStart') && end <= getFieldValue('termStart')) throw new Error(t('validation.termOrder')); } }),
                ]}
              >
                <DayPicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="opensAt" label={t('field.opensAt')} extra={t('elections.countyTime')} rules={rules.required}>
                <CountyTimePicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="closesAt"
                label={t('field.closesAt')}
                dependencies={['opensAt']}
                rules={[
                  { required: true, message: t('validation.required') },
                  ({ getFieldValue }) => ({
                    validator: async (_, closes?: string) => {
                      if (!closes) return;
                      if (getFieldValue('opensAt') && Date.parse(closes) <= Date.parse(getFieldValue('opensAt'))) throw new Error(t('validation.closesAfterOpens'));
                      if (Date.parse(closes) <= Date.now()) throw new Error(t('validation.windowOver'));
                    },
                  }),
                ]}
              >
                <CountyTimePicker />
              </Form.Item>
            </Col>
          </Row>
          <Form.List
            name="candidates"
            rules={[
              {
                validator: async (_, candidates?: unknown[]) => {
                  const seats = form.getFieldValue('seats') ?? 1;
                  if (!candidates || candidates.length < seats) throw new Error(t('validation.candidates', { seats }));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <fieldset style={{ border: 'none', padding: 0, margin: 0 }}>
                <legend style={{ fontWeight: 600, color: 'rgba(0, 0, 0, 0.88)' }}>{t('elections.candidates')}</legend>
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={8} align="top">
                    <Col xs={24} md={7}>
                      <Form.Item name={[field.name, 'name']} label={t('elections.candidateName', { number: index + 1 })} rules={rules.text(100)}>
                        <Input maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'householdId']} label={t('elections.candidateHousehold', { number: index + 1 })}>
                        <HouseholdSelect villageId={council?.villageId} allowClear placeholder={council ? undefined : t('pick.councilFirst')} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={7}>
                      <Form.Item name={[field.name, 'category']} label={t('elections.candidateCategory', { number: index + 1 })} rules={rules.required}>
                        <Select options={MEMBER_CATEGORIES.map((value) => ({ value, label: t(`memberCategory.${value}`) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2} style={{ paddingTop: 36 }}>
                      <Button type="text" aria-label={t('elections.removeCandidate', { number: index + 1 })} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} disabled={fields.length <= 1} />
                    </Col>
                  </Row>
                ))}
                <Form.ErrorList errors={errors} />
                <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} disabled={fields.length >= 50} style={{ marginBottom: 16 }}>
                  {t('elections.addCandidate')}
                </Button>
              </fieldset>
            )}
          </Form.List>
          <div>
            <Button type="primary" htmlType="submit" loading={call.isPending}>
              {t('elections.callSubmit')}
            </Button>
          </div>
        </Form>
      </Card>
    </>
  );
}

/**
 * One election: its ballot paper and window; while voting, paper ballots entered with a witness;
 * after the window, closing counts the ballots; once closed, results per candidate and turnout.
 */
export function ElectionDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const { nameOf } = useVillages();
  const election = useQuery({
    queryKey: [...keys.elections, 'one', id],
    queryFn: ({ signal }) => api<Election>(`${COUNCIL}/elections/${id}`, { signal }),
  });
  const councilId = election.data?.councilId;
  const council = useQuery({
    queryKey: [...keys.councils, 'one', councilId],
    enabled: Boolean(councilId),
    queryFn: ({ signal }) => api<Council>(`${COUNCIL}/councils/${councilId}`, { signal }),
  });
  const villageId = election.data?.villageId;
  const roster = useQuery({
    queryKey: [...keys.representatives, villageId],
    enabled: Boolean(villageId) && access.enterPaperBallots,
    queryFn: ({ signal }) => api<RepresentativeRoster>(`${COUNCIL}/villages/${villageId}/representatives`, { signal }),
  });
  const close = useAction<void, Election>({
    path: () => `${COUNCIL}/elections/${id}/close`,
    body: () => undefined,
    invalidates: [[...keys.elections], [...keys.councils]],
    successMessage: t('elections.closed'),
  });
  if (election.isLoading) return <Loading />;
  if (!election.data) return <ProblemAlert error={election.error} onReload={() => void election.refetch()} />;
  const data = election.data;
  const phase = phaseOf(data);
  const seated = council.data ? [council.data.currentTerm, ...council.data.pastTerms].some((term) => term?.electionId === data.id) : true;
  const rosterMissing = isApiError(roster.error) && roster.error.status === 404;
  return (
    <>
      <PageTitle extra={<PhaseTag election={data} />}>{data.title}</PageTitle>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('field.council')}>{council.data?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t('field.naturalVillage')}>{nameOf(data.naturalVillageId ?? data.villageId)}</Descriptions.Item>
        <Descriptions.Item label={t('field.seats')}>{data.seats}</Descriptions.Item>
        <Descriptions.Item label={t('elections.term')}>
          {formatDate(data.termStart)} — {formatDate(data.termEnd)}
        </Descriptions.Item>
        <Descriptions.Item label={t('elections.windowTitle')} span="filled">
          {t('elections.window', { from: formatDateTime(data.opensAt), until: formatDateTime(data.closesAt) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('elections.candidates')} span="filled">
          {data.candidates.map((candidate) => (
            <Tag key={candidate.id}>
              {candidate.name}（{t(`memberCategory.${candidate.category}`)}）
            </Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Alert type="info" showIcon title={t('elections.oneHouseholdOneVote')} style={{ marginBottom: 16 }} />
      <ProblemAlert error={close.error} onReload={() => void election.refetch()} />
      {phase === 'upcoming' && <Alert type="info" showIcon title={t('elections.notOpenYet', { at: formatDateTime(data.opensAt) })} style={{ marginBottom: 16 }} />}
      {phase === 'voting' && access.enterPaperBallots && (
        <>
          {rosterMissing && !council.data?.currentTerm && <Alert type="warning" showIcon title={t('ballot.noWitnesses')} style={{ marginBottom: 16 }} />}
          <PaperBallotForm election={data} council={council.data} roster={roster.data} />
        </>
      )}
      {phase === 'voting' && !access.enterPaperBallots && <Alert type="info" showIcon title={t('elections.votingUntil', { at: formatDateTime(data.closesAt) })} />}
      {phase === 'awaitingClose' && (
        <Card>
          <p>{t('elections.awaitingClose')}</p>
          {access.write && (
            <Popconfirm title={t('elections.closeConfirm')} okText={t('elections.close')} cancelText={t('common:state.cancel')} onConfirm={() => close.mutate()}>
              <Button type="primary" loading={close.isPending}>
                {t('elections.close')}
              </Button>
            </Popconfirm>
          )}
        </Card>
      )}
      {phase === 'closed' && (
        <>
          <Results election={data} />
          {!seated && access.write && (
            <Alert
              type="warning"
              showIcon
              title={t('elections.notSeated')}
              action={
                <Button onClick={() => close.mutate()} loading={close.isPending}>
                  {t('elections.seat')}
                </Button>
              }
              style={{ marginTop: 16 }}
            />
          )}
          {seated && council.data?.currentTerm?.electionId === data.id && (
            <Card title={t('elections.seatedTerm')} style={{ marginTop: 16 }}>
              <TermText term={council.data.currentTerm} />
            </Card>
          )}
        </>
      )}
    </>
  );
}

/** The published results: votes per candidate, who is elected, and the turnout of the natural village's households. */
function Results({ election }: { election: Election }) {
  const { t } = useTranslation('council');
  return (
    <Card title={t('elections.results')}>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={12}>
          <div>{t('elections.turnout')}</div>
          <Progress aria-label={t('elections.turnout')} percent={election.turnoutPercent} format={(percent) => formatPercent((percent ?? 0) / 100)} />
          <div className="muted">
            {t('elections.turnoutDetail', {
              cast: formatNumber(election.ballotsCast),
              households: formatNumber(election.householdCount),
              paper: formatNumber(election.paperBallots),
            })}
          </div>
        </Col>
      </Row>
      <Table<ElectionResult>
        rowKey="candidateId"
        pagination={false}
        dataSource={election.results}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('elections.candidate'), dataIndex: 'name' },
          { title: t('elections.category'), dataIndex: 'category', render: (value: string) => t(`memberCategory.${value}`) },
          { title: t('elections.votes'), dataIndex: 'votes', align: 'right', render: (votes: number) => formatNumber(votes) },
          { title: t('elections.outcome'), dataIndex: 'elected', render: (elected: boolean) => (elected ? <ToneTag tone="red">{t('elections.elected')}</ToneTag> : t('elections.notElected')) },
        ]}
      />
    </Card>
  );
}
