import type { FeatureTexts } from '../../i18n';

export const texts: FeatureTexts = {
  'zh-CN': {
    county: '县（区）',
    tenants: '已开通的县（区）',
    status: '状态',
    ACTIVE: '正常',
    SUSPENDED: '已暂停',
    PROVISIONING: '开通中',
    FAILED: '开通失败',
    createdAt: '开通时间',
  },
  en: {
    county: 'County',
    tenants: 'Onboarded counties',
    status: 'Status',
    ACTIVE: 'Active',
    SUSPENDED: 'Suspended',
    PROVISIONING: 'Being onboarded',
    FAILED: 'Onboarding failed',
    createdAt: 'Onboarded',
  },
};
