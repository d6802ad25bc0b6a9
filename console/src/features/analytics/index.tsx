import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../auth/AuthContext';
import { registerTexts } from '../../i18n';
import { texts } from './texts';
import { IndicatorsPage } from './IndicatorsPage';
import './analytics.css';

registerTexts('analytics', texts);

/** The analytics of the provincial admin, the county admin and the township officer: one screen, their own area. */
export default function AnalyticsScreens() {
  const { basePath } = useSession();
  return (
    <Routes>
      <Route path="indicators" element={<IndicatorsPage />} />
      <Route path="*" element={<Navigate to={`${basePath}/analytics/indicators`} replace />} />
    </Routes>
  );
}
