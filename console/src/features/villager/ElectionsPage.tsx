import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Empty, Flex, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/http';
import { isApiError } from '../../api/problem';
import { formatDate, formatDateTime, formatPercent } from '../../common/format';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { householdVotesIn, villagerKeys, votingWindow, type BallotReceipt, type Election, type Household } from './api';
import { RowLine, Rows } from './Rows';
import { ToneTag } from './ToneTag';
import { HouseholdScreen } from './HouseholdScreen';

/** An election's title is the village's own and often long: it wraps on a phone rather than being cut off. */
const WRAPPED_TITLE = { title: { whiteSpace: 'normal' as const } };

/** Elections of my village, newest first: the ones under way to vote in, the closed ones with their results. */
export function ElectionsPage() {
  const { t } = useTranslation('villager');
  return (
    <HouseholdScreen title={t('elections.title')} intro={t('elections.hint')}>
      {(household) => <Elections household={household} />}
    </HouseholdScreen>
  );
}

function Elections({ household }: { household: Household }) {
  const { t } = useTranslation('villager');
  // elections come every few years: the newest page holds the ones under way and the last results
  const elections = useQuery({
    queryKey: [...villagerKeys.elections, household.villageId],
    queryFn: ({ signal }) =>
      api<Page<Election>>('/api/v1/council/elections', { query: { villageId: household.villageId, size: 20 }, signal }),
  });
  if (elections.error) return <ProblemAlert error={elections.error} onReload={() => void elections.refetch()} />;
  const all = elections.data?.items ?? [];
  const open = all.filter((election) => election.status === 'OPEN');
  const closed = all.filter((election) => election.status === 'CLOSED');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('elections.open')}
      </Typography.Title>
      {elections.isLoading ? (
        <Card loading />
      ) : open.length === 0 ? (
        <Empty description={t('elections.none')} />
      ) : (
        open.map((election) => <OpenElection key={election.id} election={election} household={household} />)
      )}
      {closed.length > 0 && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('elections.closed')}
          </Typography.Title>
          {closed.map((election) => (
            <ClosedElection key={election.id} election={election} />
          ))}
        </>
      )}
    </Flex>
  );
}

function ElectionFacts({ election }: { election: Election }) {
  const { t } = useTranslation('villager');
  return (
    <>
      <div>{t('elections.window', { from: formatDateTime(election.opensAt), to: formatDateTime(election.closesAt) })}</div>
      <div>{t('elections.term', { from: formatDate(election.termStart), to: formatDate(election.termEnd) })}</div>
      <div>{t('elections.seats', { count: election.seats })}</div>
    </>
  );
}

function OpenElection({ election, household }: { election: Election; household: Household }) {
  const { t } = useTranslation('villager');
  const stage = votingWindow(election);
  return (
    <Card title={election.title} styles={WRAPPED_TITLE}>
      <Typography.Paragraph>
        <ElectionFacts election={election} />
      </Typography.Paragraph>
      {!householdVotesIn(election, household) ? (
        <Alert type="info" showIcon title={t('elections.notMine')} />
      ) : stage === 'NOT_YET' ? (
        <Alert type="info" showIcon title={t('elections.notYet', { from: formatDateTime(election.opensAt) })} />
      ) : stage === 'OVER' ? (
        <Alert type="info" showIcon title={t('elections.over')} />
      ) : (
        <VoteForm election={election} household={household} />
      )}
    </Card>
  );
}

type Refusal = 'votedAlready' | 'outsideWindow' | 'notHead';

/**
 * Why council-service refused a ballot, in the voter's words: a second ballot of the household
 * is its 409 "has voted", a ballot outside the voting window its other 409, and an account that
 * is not the household's registered head its 403.
 */
export function ballotRefusal(error: unknown): Refusal | undefined {
  if (!isApiError(error)) return undefined;
  if (error.status === 409) {
    return /has voted/i.test(error.problem.detail ?? '') ? 'votedAlready' : /voting is open|closed/i.test(error.problem.detail ?? '') ? 'outsideWindow' : undefined;
  }
  return error.status === 403 ? 'notHead' : undefined;
}

/**
 * The household's ballot: choose up to `seats` candidates, review, cast once. Choices are never
 * shown back (the ballot is secret); the receipt only says that the household has voted.
 */
function VoteForm({ election, household }: { election: Election; household: Household }) {
  const { t } = useTranslation('villager');
  const [form] = Form.useForm<{ candidateIds: string[] }>();
  const chosen = Form.useWatch('candidateIds', form) ?? [];
  const [reviewing, setReviewing] = useState(false);
  const [receipt, setReceipt] = useState<BallotReceipt>();
  const cast = useAction<{ candidateIds: string[] }, BallotReceipt>({
    path: () => `/api/v1/council/elections/${encodeURIComponent(election.id)}/ballots`,
    body: (input) => ({ householdId: household.id, candidateIds: input.candidateIds }),
    form,
    idempotent: true,
    successMessage: t('elections.votedToast'),
  });
  const refusal = ballotRefusal(cast.error);

  if (receipt) {
    return <Alert type="success" showIcon title={t('elections.voted', { time: formatDateTime(receipt.castAt) })} role="status" />;
  }
  if (refusal === 'votedAlready') {
    return <Alert type="warning" showIcon title={t('elections.votedAlready')} role="alert" />;
  }
  const names = election.candidates.filter((candidate) => chosen.includes(candidate.id)).map((candidate) => candidate.name);
  return (
    <>
      {refusal ? (
        <Alert type="warning" showIcon title={t(`elections.${refusal}`)} role="alert" style={{ marginBottom: 16 }} />
      ) : (
        <ProblemAlert error={cast.error} fieldErrors={cast.fieldErrors} />
      )}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ candidateIds: [] }}
        onFinish={() => setReviewing(true)}
      >
        <Form.Item
          name="candidateIds"
          label={t('elections.chooseUpTo', { count: election.seats })}
          rules={[{ required: true, type: 'array', min: 1, message: t('elections.chooseUpTo', { count: election.seats }) }]}
        >
          <Checkbox.Group style={{ width: '100%' }} disabled={reviewing}>
            <Flex vertical gap={12} style={{ width: '100%' }}>
              {election.candidates.map((candidate) => (
                <Checkbox
                  key={candidate.id}
                  value={candidate.id}
                  disabled={!chosen.includes(candidate.id) && chosen.length >= election.seats}
                  style={{ fontSize: '1.15em', padding: '8px 0' }}
                >
                  {candidate.name}
                  <Tag style={{ marginLeft: 8 }}>{t(`elections.category.${candidate.category}`, { defaultValue: candidate.category })}</Tag>
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        {reviewing ? (
          <Flex vertical gap={12}>
            <Alert type="info" showIcon title={t('elections.review', { names: names.join('、') })} />
            <Button
              type="primary"
              size="large"
              block
              loading={cast.isPending}
              onClick={() =>
                cast.mutate(
                  { candidateIds: chosen },
                  {
                    onSuccess: setReceipt,
                    onError: () => setReviewing(false),
                  },
                )
              }
            >
              {t('elections.confirm')}
            </Button>
            <Button size="large" block disabled={cast.isPending} onClick={() => setReviewing(false)}>
              {t('elections.change')}
            </Button>
          </Flex>
        ) : (
          <Button type="primary" htmlType="submit" size="large" block>
            {t('elections.vote')}
          </Button>
        )}
      </Form>
    </>
  );
}

function ClosedElection({ election }: { election: Election }) {
  const { t } = useTranslation('villager');
  return (
    <Card title={election.title} styles={WRAPPED_TITLE}>
      <Typography.Paragraph>
        <ElectionFacts election={election} />
        <div>
          {t('elections.turnout', {
            percent: formatPercent(election.turnoutPercent / 100),
            cast: election.ballotsCast,
            households: election.householdCount,
          })}
        </div>
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('elections.results')}</Typography.Title>
      <Rows items={election.results} rowKey={(result) => result.candidateId}>
        {(result) => (
          <RowLine
            main={
              <>
                {result.name}
                {result.elected && (
                  <ToneTag tone="red" style={{ marginLeft: 8 }}>
                    {t('elections.elected')}
                  </ToneTag>
                )}
              </>
            }
            figure={t('elections.votes', { count: result.votes })}
          />
        )}
      </Rows>
    </Card>
  );
}
