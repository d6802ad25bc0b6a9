import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../../auth/AuthContext';
import { registerTexts } from '../../i18n';
import { texts } from './texts';
import { RegionsPage } from './RegionsPage';
import { HouseholdsPage } from './HouseholdsPage';
import { HouseholdFilePage } from './HouseholdFilePage';
import { ReportsPage } from './ReportsPage';
import { ReportPage } from './ReportPage';

registerTexts('area', texts);

/** The village cadre's, township officer's and county admin's area: region tree, households, grid reports. */
export default function AreaScreens() {
  const { basePath } = useSession();
  return (
    <Routes>
      <Route path="regions" element={<RegionsPage />} />
      <Route path="households" element={<HouseholdsPage />} />
      <Route path="households/:id" element={<HouseholdFilePage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route path="reports/:id" element={<ReportPage />} />
      <Route path="*" element={<Navigate to={`${basePath}/area/regions`} replace />} />
    </Routes>
  );
}
