import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkVote, type QuorumRule } from './votes';

interface VoteExplanationProps {
  rule: QuorumRule;
  entitled: number;
  present: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

/** The rules in plain words, with what this count means: quorum, adoption, or why not. */
export function VoteExplanation(props: VoteExplanationProps) {
  const { t } = useTranslation('council');
  const check = checkVote(props.rule, props);
  const quorum = t(props.rule === 'MORE_THAN_HALF' ? 'vote.ruleMoreThanHalf' : 'vote.ruleTwoThirds', {
    entitled: props.entitled,
    needs: check.quorumNeeds,
  });
  const adoption = t('vote.ruleAdoption', { present: props.present, needs: check.adoptionNeeds });
  let outcome: string;
  let type: 'success' | 'warning' | 'error' | 'info' = 'info';
  if (props.entitled <= 0) {
    outcome = t('vote.enterEntitled');
  } else if (check.overAttended) {
    outcome = t('vote.overAttended', { present: props.present, entitled: props.entitled });
    type = 'error';
  } else if (!check.quorum) {
    outcome = t('vote.noQuorum', { present: props.present, needs: check.quorumNeeds });
    type = 'error';
  } else if (check.overVoted) {
    outcome = t('validation.overVoted', { cast: props.votesFor + props.votesAgainst + props.abstentions, present: props.present });
    type = 'error';
  } else if (check.adopted) {
    outcome = t('vote.adopted', { votesFor: props.votesFor, present: props.present });
    type = 'success';
  } else {
    outcome = t('vote.notAdopted', { votesFor: props.votesFor, needs: check.adoptionNeeds });
    type = 'warning';
  }
  return (
    <Alert
      type={type}
      showIcon
      role="status"
      title={outcome}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>{quorum}</li>
          <li>{adoption}</li>
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
