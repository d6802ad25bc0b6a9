import { Route, Routes } from 'react-router';
import { registerTexts } from '../../i18n';
import { texts } from './texts';
import { ProvinceOverview } from './ProvinceOverview';

registerTexts('province', texts);

/** The platform realm's screens: the province's counties side by side (dashboards come with the analytics work). */
export default function ProvinceScreens() {
  return (
    <Routes>
      <Route path="overview" element={<ProvinceOverview />} />
    </Routes>
  );
}
