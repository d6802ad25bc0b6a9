import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Form, Input, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { mayRateSuggestion, villagerKeys, type Household, type Suggestion, type SuggestionStatus } from './api';
import { ToneTag, type Tone } from './ToneTag';
import { HouseholdScreen } from './HouseholdScreen';

const STATUS_TONES: Record<SuggestionStatus, Tone> = {
  RAISED: 'gold',
  DISCUSSED: 'blue',
  SOLVED_ON_SPOT: 'green',
  ASSIGNED: 'blue',
  ANSWERED: 'green',
  NOT_FEASIBLE: 'grey',
};

/** Raise a suggestion for my household, and follow the ones I raised (council-service shows a villager only theirs). */
export function SuggestionsPage() {
  const { t } = useTranslation('villager');
  return (
    <HouseholdScreen title={t('suggestions.title')}>
      {(household) => (
        <>
          <RaiseSuggestion household={household} />
          <Card title={t('suggestions.mine')}>
            <PagedList<Suggestion>
              path="/api/v1/council/suggestions"
              queryKey={villagerKeys.suggestions}
              pageSize={10}
              emptyText={t('suggestions.empty')}
              columns={[
                { key: 'suggestion', title: t('suggestions.subject'), render: (_, suggestion) => <SuggestionCard suggestion={suggestion} /> },
              ]}
              renderCard={(suggestion) => <SuggestionCard suggestion={suggestion} />}
            />
          </Card>
        </>
      )}
    </HouseholdScreen>
  );
}

function RaiseSuggestion({ household }: { household: Household }) {
  const { t } = useTranslation('villager');
  const [form] = Form.useForm<{ title: string; content: string }>();
  const raise = useAction<{ title: string; content: string }, Suggestion>({
    path: () => '/api/v1/council/suggestions',
    body: (input) => ({ householdId: household.id, title: input.title.trim(), content: input.content.trim() }),
    form,
    idempotent: true,
    invalidates: [[...villagerKeys.suggestions]],
    successMessage: t('suggestions.submitted'),
  });
  return (
    <Card title={t('suggestions.newTitle')}>
      <Typography.Paragraph type="secondary">{t('suggestions.hint')}</Typography.Paragraph>
      <ProblemAlert error={raise.error} fieldErrors={raise.fieldErrors} />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => raise.mutate(values, { onSuccess: () => form.resetFields() })}
        requiredMark={false}
      >
        <Form.Item
          name="title"
          label={t('suggestions.subject')}
          rules={[{ required: true, whitespace: true, message: t('common:state.required') }, { max: 200 }]}
        >
          <Input maxLength={200} placeholder={t('suggestions.subjectPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('suggestions.content')}
          rules={[{ required: true, whitespace: true, message: t('common:state.required') }, { max: 4000 }]}
        >
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('suggestions.contentPlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={raise.isPending}>
          {t('suggestions.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** One suggestion: where it stands, its deadline, the village's answer, and the rating once it is settled. */
function SuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('villager');
  const answer = suggestion.solution ?? suggestion.feedback ?? suggestion.notFeasibleReason;
  return (
    <div style={{ width: '100%' }}>
      <Typography.Text strong style={{ fontSize: '1.1em' }}>
        {suggestion.title}
      </Typography.Text>
      <div style={{ margin: '4px 0 8px' }}>
        <ToneTag tone={STATUS_TONES[suggestion.status]}>{t(`suggestionStatus.${suggestion.status}`)}</ToneTag>
        {suggestion.escalatedToTownship && <ToneTag tone="red">{t('suggestions.escalated')}</ToneTag>}
      </div>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{suggestion.content}</Typography.Paragraph>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('suggestions.raisedOn')}>{formatDate(suggestion.raisedOn)}</Descriptions.Item>
        {suggestion.assignee && <Descriptions.Item label={t('suggestions.assignee')}>{suggestion.assignee}</Descriptions.Item>}
        {suggestion.deadline && <Descriptions.Item label={t('suggestions.deadline')}>{formatDate(suggestion.deadline)}</Descriptions.Item>}
        {suggestion.resolvedOn && (
          <Descriptions.Item label={t('suggestions.resolvedOn')}>
            {formatDate(suggestion.resolvedOn)}
            {suggestion.onTime !== null && suggestion.onTime !== undefined && (
              <ToneTag tone={suggestion.onTime ? 'green' : 'gold'} style={{ marginLeft: 8 }}>
                {t(suggestion.onTime ? 'suggestions.onTime' : 'suggestions.late')}
              </ToneTag>
            )}
          </Descriptions.Item>
        )}
        {answer && (
          <Descriptions.Item label={t('suggestions.answer')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{answer}</span>
          </Descriptions.Item>
        )}
        {suggestion.rating ? (
          <Descriptions.Item label={t('suggestions.rated')}>
            <Rate disabled value={suggestion.rating} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {mayRateSuggestion(suggestion) && <RateSuggestion suggestion={suggestion} />}
    </div>
  );
}

function RateSuggestion({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation('villager');
  const [rating, setRating] = useState(0);
  const rate = useAction<number, Suggestion>({
    path: () => `/api/v1/council/suggestions/${encodeURIComponent(suggestion.id)}/rate`,
    body: (value) => ({ rating: value }),
    invalidates: [[...villagerKeys.suggestions]],
    successMessage: t('suggestions.rateDone'),
  });
  const label = t('suggestions.rate');
  return (
    <div style={{ marginTop: 8 }}>
      <ProblemAlert error={rate.error} fieldErrors={rate.fieldErrors} />
      <Typography.Text id={`rate-${suggestion.id}`}>{label}</Typography.Text>
      <Flex wrap gap={12} align="center">
        <Rate
          value={rating}
          onChange={setRating}
          style={{ fontSize: 32 }}
          aria-labelledby={`rate-${suggestion.id}`}
          tooltips={[1, 2, 3, 4, 5].map((count) => t('suggestions.stars', { count }))}
        />
        <Button
          type="primary"
          disabled={rating === 0}
          loading={rate.isPending}
          onClick={() => rate.mutate(rating)}
          aria-label={`${t('suggestions.rateSubmit')}：${suggestion.title}`}
        >
          {t('suggestions.rateSubmit')}
        </Button>
      </Flex>
    </div>
  );
}
