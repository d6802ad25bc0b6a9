import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/format';
import { PagedList } from '../../common/PagedList';
import { ProblemAlert } from '../../common/ProblemAlert';
import { useAction } from '../../common/useAction';
import { PageTitle } from '../../layout/AppShell';
import { useCouncilAccess } from './access';
import { COUNCIL, keys, type Council, type CouncilTerm } from './api';
import { useVillages } from './places';
import { FilterBar, ToneTag, useDefaultVillage, useRules, VillageFilter, VillageFormItem } from './shared';

/** The villagers' councils, one per natural village, with their current term and the terms before. */
export function CouncilList() {
  const { t } = useTranslation('council');
  const access = useCouncilAccess();
  const { nameOf } = useVillages();
  const [villageId, setVillageId] = useState<string>();
  const [forming, setForming] = useState(false);
  return (
    <>
      <PageTitle
        extra={
          access.write && (
            <Button type="primary" onClick={() => setForming(true)}>
              {t('councils.form')}
            </Button>
          )
        }
      >
        {t('councils.title')}
      </PageTitle>
      <p className="muted">{t('councils.hint')}</p>
      <FilterBar>
        <VillageFilter value={villageId} onChange={setVillageId} />
      </FilterBar>
      <PagedList<Council>
        key={villageId}
        path={`${COUNCIL}/councils`}
        query={{ villageId }}
        queryKey={[...keys.councils, 'list']}
        emptyText={t('councils.empty')}
        columns={[
          { title: t('field.councilName'), dataIndex: 'name' },
          { title: t('field.naturalVillage'), dataIndex: 'naturalVillageId', render: (id: string) => nameOf(id) },
          { title: t('field.seats'), dataIndex: 'seats', align: 'right' },
          { title: t('councils.currentTerm'), dataIndex: 'currentTerm', render: (term?: CouncilTerm | null) => <TermText term={term} /> },
          { title: t('councils.pastTerms'), dataIndex: 'pastTerms', align: 'right', render: (terms: CouncilTerm[]) => terms.length },
        ]}
        renderCard={(council) => (
          <div style={{ width: '100%' }}>
            <strong>{council.name}</strong> <span className="muted">{nameOf(council.naturalVillageId)}</span>
            <TermText term={council.currentTerm} />
          </div>
        )}
      />
      {forming && <FormCouncil onClose={() => setForming(false)} />}
    </>
  );
}

export function TermText({ term }: { term?: CouncilTerm | null }) {
  const { t } = useTranslation('council');
  if (!term) return <span className="muted">{t('councils.noTerm')}</span>;
  return (
    <div>
      <div className="muted">{t('councils.termDates', { number: term.number, start: formatDate(term.start), end: formatDate(term.end) })}</div>
      <div>
        {term.members.map((member) => (
          <ToneTag key={member.id} tone={member.president ? 'red' : 'grey'}>
            {member.name}
            {member.president ? `（${t('councils.president')}）` : ''}
          </ToneTag>
        ))}
      </div>
    </div>
  );
}

interface CouncilValues {
  villageId: string;
  naturalVillageId: string;
  name: string;
  seats: number;
}

/** Forms the council of a natural village (one per natural village). */
function FormCouncil({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('council');
  const rules = useRules();
  const { village } = useVillages();
  const [form] = Form.useForm<CouncilValues>();
  useDefaultVillage(form);
  const villageId = Form.useWatch('villageId', form);
  const formCouncil = useAction<CouncilValues>({
    path: () => `${COUNCIL}/councils`,
    form,
    invalidates: [[...keys.councils]],
    idempotent: true,
    successMessage: t('councils.formed'),
  });
  return (
    <Modal
      open
      title={t('councils.form')}
      okText={t('councils.formSubmit')}
      okButtonProps={{ loading: formCouncil.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={formCouncil.error} fieldErrors={formCouncil.fieldErrors} />
      <Form<CouncilValues> form={form} layout="vertical" initialValues={{ seats: 5 }} onFinish={(values) => formCouncil.mutate(values, { onSuccess: onClose })}>
        <VillageFormItem />
        <Form.Item name="naturalVillageId" label={t('field.naturalVillage')} rules={rules.required}>
          <Select options={(village(villageId)?.naturalVillages ?? []).map((bay) => ({ value: bay.id, label: bay.name }))} disabled={!villageId} />
        </Form.Item>
        <Form.Item name="name" label={t('field.councilName')} rules={rules.text(100)}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="seats" label={t('field.seats')} extra={t('councils.seatsHint')} rules={rules.required}>
          <InputNumber min={3} max={15} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

