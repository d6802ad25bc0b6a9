import type { ReactNode } from 'react';
import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../common/Notice';
import { ProblemAlert } from '../../common/ProblemAlert';
import { PageTitle } from '../../layout/AppShell';
import { useMyHousehold, type Household } from './api';

/**
 * A screen that acts for the villager's household: its title and intro, then its parts one
 * below the other once the household is known. A villager whose account heads no household is
 * told whom to ask, rather than shown an empty form.
 */
export function HouseholdScreen({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: (household: Household) => ReactNode;
}) {
  const { t } = useTranslation('villager');
  const household = useMyHousehold();
  let body: ReactNode;
  if (household.isLoading) {
    body = <Spin spinning aria-label={t('common:state.loading')} />;
  } else if (household.error) {
    body = <ProblemAlert error={household.error} onReload={() => void household.refetch()} />;
  } else if (!household.data) {
    body = (
      <Notice kind="info" title={t('noHousehold.title')}>
        {t('noHousehold.body')}
      </Notice>
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        {children(household.data)}
      </Flex>
    );
  }
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
      {body}
    </>
  );
}
