import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** Choosing households by head and address, searchable as typed (the visit and report forms). */
export function HouseholdSelect(props: SelectProps<string | string[]> & { loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={props.loading ? t('state.loading') : t('state.empty')}
      {...props}
    />
  );
}
