import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { registerTexts } from '../../i18n';
import { Notice } from '../../common/Notice';
import { texts } from './texts';
import { HouseholdPage } from './HouseholdPage';
import { SuggestionsPage } from './SuggestionsPage';
import { ElectionsPage } from './ElectionsPage';
import { DisputesPage } from './DisputesPage';
import { DisputePage } from './DisputePage';
import { DisclosuresPage } from './DisclosuresPage';
import { RegulationsPage } from './RegulationsPage';

registerTexts('villager', texts);

/** A villager's screens (phone first): my household and passbook, suggestions, voting, disputes, the board, the regulations. */
export default function VillagerScreens() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<Navigate to="household" replace />} />
      <Route path="household" element={<HouseholdPage />} />
      <Route path="suggestions" element={<SuggestionsPage />} />
      <Route path="elections" element={<ElectionsPage />} />
      <Route path="disputes" element={<DisputesPage />} />
      <Route path="disputes/:id" element={<DisputePage />} />
      <Route path="disclosures" element={<DisclosuresPage />} />
      <Route path="regulations" element={<RegulationsPage />} />
      <Route path="*" element={<Notice kind="info" title={t('error.notFound')} />} />
    </Routes>
  );
}
