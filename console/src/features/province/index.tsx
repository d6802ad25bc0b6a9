import { Route, Routes } from 'react-router';
import { registerTexts } from '../../i18n';
import { texts } from './texts';
import { ProvinceOverview } from './ProvinceOverview';

registerTexts('province', texts);

/** The platform operator's screens: the onboarded counties (a provincial admin's figures are in features/analytics). */
export default function ProvinceScreens() {
  return (
    <Routes>
      <Route path="overview" element={<ProvinceOverview />} />
    </Routes>
  );
}
