import { Navigate, Route, Routes } from 'react-router';
import { ConfigProvider } from 'antd';
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

/**
 * Ant Design's secondary greys (hints, placeholders, statistic titles, plain description labels)
 * its link blue and its error red fall short of WCAG AA contrast on white; these screens are read by older
 * cadres on cheap screens, so they get darker ones. The other tokens come from the shell's theme.
 */
const READABLE = {
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
  colorLink: '#0958d9',
  colorLinkHover: '#1677ff',
  // danger buttons and field errors: Ant Design's red is too light for their text
  colorError: '#cf1322',
};

/** The village's council work: suggestions, matters, the disclosure board, elections, three-person groups. */
export default function CouncilScreens() {
  const { t } = useTranslation();
  return (
    <ConfigProvider theme={{ token: READABLE }}>
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
    </ConfigProvider>
  );
}
