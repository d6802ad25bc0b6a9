import { Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { adopted } from './votes';

/**
 * The three vote counts of a meeting (for, against, abstaining), each with its label; the
 * form refuses more votes than people present, as the service would, and where the service
 * refuses a vote that does not adopt (the party organisation's own proposal), that too.
 */
export function VoteFields({ present, mustAdopt, mustAdoptMessage }: { present: number; mustAdopt?: boolean; mustAdoptMessage?: string }) {
  const { t } = useTranslation('council');
  const count = (name: string) => (
    <Col xs={24} sm={8}>
      <Form.Item
        name={['vote', name]}
        label={t(`vote.${name}`)}
        dependencies={name === 'votesFor' ? [['vote', 'votesAgainst'], ['vote', 'abstentions'], 'attendees', 'householdIds', 'present'] : undefined}
        rules={[
          { required: true, message: t('validation.count') },
          ({ getFieldValue }) => ({
            validator: async () => {
              if (name !== 'votesFor') return;
              const cast = ['votesFor', 'votesAgainst', 'abstentions'].reduce((sum, key) => sum + (Number(getFieldValue(['vote', key])) || 0), 0);
              if (cast > present) throw new Error(t('validation.overVoted', { cast, present }));
              if (mustAdopt && !adopted(Number(getFieldValue(['vote', 'votesFor'])) || 0, present)) throw new Error(mustAdoptMessage);
            },
          }),
        ]}
      >
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      {count('votesFor')}
      {count('votesAgainst')}
      {count('abstentions')}
    </Row>
  );
}
