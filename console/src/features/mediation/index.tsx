import { Navigate, Route, Routes } from 'react-router';
import { registerTexts } from '../../i18n';
import { texts } from './texts';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import './mediation.css';

registerTexts('mediation', texts);

/**
 * The mediator's screens (and the staff's who may act on a case by its level): the cases by
 * deadline, and a case with its timeline and the steps its status allows.
 */
export default function MediationScreens() {
  return (
    <Routes>
      <Route index element={<Navigate to="cases" replace />} />
      <Route path="cases" element={<CaseList />} />
      <Route path="cases/:id" element={<CasePage />} />
    </Routes>
  );
}
