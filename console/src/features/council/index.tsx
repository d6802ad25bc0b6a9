import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../common/Notice';
import { registerTexts } from '../../i18n';
import { texts } from './texts';
import { BenchMeetingDetail, BenchMeetingList, BenchMeetingNew } from './BenchMeetings';
import { CouncilList } from './Councils';
import { DisclosureBoard, DisclosureDetail, DisclosureNew } from './Disclosures';
import { ElectionDetail, ElectionList, ElectionNew } from './Elections';
import { ThreePersonGroups } from './Groups';
import { MatterDetail } from './MatterDetail';
import { MatterList } from './MatterList';
import { MatterNew } from './MatterNew';
import { RepresentativesRoster } from './Representatives';
import { SuggestionDetail } from './SuggestionDetail';
import { SuggestionList } from './SuggestionList';

registerTexts('council', texts);

/** The village's council work: suggestions, matters, the disclosure board, elections, three-person groups. */
export default function CouncilScreens() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<Navigate to="suggestions" replace />} />
      <Route path="suggestions" element={<SuggestionList />} />
      <Route path="suggestions/:id" element={<SuggestionDetail />} />
      <Route path="bench-meetings" element={<BenchMeetingList />} />
      <Route path="bench-meetings/new" element={<BenchMeetingNew />} />
      <Route path="bench-meetings/:id" element={<BenchMeetingDetail />} />
      <Route path="matters" element={<MatterList />} />
      <Route path="matters/new" element={<MatterNew />} />
      <Route path="matters/:id" element={<MatterDetail />} />
      <Route path="representatives" element={<RepresentativesRoster />} />
      <Route path="disclosures" element={<DisclosureBoard />} />
      <Route path="disclosures/new" element={<DisclosureNew />} />
      <Route path="disclosures/:id" element={<DisclosureDetail />} />
      <Route path="elections" element={<ElectionList />} />
      <Route path="elections/new" element={<ElectionNew />} />
      <Route path="elections/:id" element={<ElectionDetail />} />
      <Route path="councils" element={<CouncilList />} />
      <Route path="groups" element={<ThreePersonGroups />} />
      <Route path="*" element={<Notice kind="info" title={t('error.notFound')} />} />
    </Routes>
  );
}
