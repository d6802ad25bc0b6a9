import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerFetch, renderSignedIn } from '../../test-utils';
import { todayInCounty } from '../../common/format';
import GridWorkerScreens from '.';
import { gridWorkerIdentity, liMing, microGrid, pageOf } from './testData';

/** Keeping, sending and reading back through IndexedDB takes a moment longer than a render. */
const SLOW = { timeout: 5000 };

let subjectCounter = 0;
let online = true;

beforeEach(() => {
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A grid worker of their own (the outbox is kept per person, so tests never see each other's visits). */
function gridWorker() {
  subjectCounter += 1;
  return gridWorkerIdentity(`grid-${subjectCounter}`);
}

interface PostedVisit {
  key: string;
  body: Record<string, unknown>;
}

/** The grid service: my grid holds 李明's household; POST /visits answers with `answers`, in turn. */
function gridService(subject: string, ...answers: { status: number; body?: unknown }[]) {
  const posted: PostedVisit[] = [];
  answerFetch({
    '/api/v1/grid/micro-grids': [microGrid(subject, ['h-1'])],
    '/api/v1/grid/households': pageOf([liMing]),
    '/api/v1/grid/households/h-1': liMing,
    '/api/v1/grid/pairings': [],
    '/api/v1/grid/visits': (init?: RequestInit) => {
      const headers = init?.headers as Record<string, string>;
      posted.push({ key: headers['Idempotency-Key'], body: JSON.parse(String(init?.body)) });
      return answers.shift() ?? { status: 500, body: { status: 500, title: 'no answer left' } };
    },
  });
  return posted;
}

/** A field's label as testing-library reads it: a required one starts with its (screen-reader-hidden) star. */
function label(name: string): RegExp {
  return new RegExp(`^\\*?${name}$`);
}

/** The form field (label, input, its errors) a label names, as it is now (correcting re-renders the form). */
function field(name: string): HTMLElement {
  return screen.getByLabelText(label(name)).closest('.ant-form-item') as HTMLElement;
}

async function openForHousehold() {
  await screen.findByRole('button', { name: '保存走访记录' }, SLOW);
  // the household comes from the address (?householdId=h-1): its label appears once my grid is read
  await screen.findByText('李明 · 东湾 3 号', {}, SLOW);
}

describe('logging a visit', () => {
  it('shows what is missing at the fields before keeping anything', async () => {
    const me = gridWorker();
    const posted = gridService(me.subject);
    renderSignedIn(<GridWorkerScreens />, me, { route: '/visit' });
    await screen.findByRole('button', { name: '保存走访记录' }, SLOW);

    fireEvent.change(screen.getByLabelText(label('走访日期')), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));

    expect(await within(field('户')).findByText('请选择农户')).toBeInTheDocument();
    expect(await within(field('走访日期')).findByText('请填写走访日期')).toBeInTheDocument();
    expect(posted).toEqual([]);
    expect(screen.getByText('没有待发送的记录。')).toBeInTheDocument();
  });

  it('refuses a day after today at the date field', async () => {
    const me = gridWorker();
    const posted = gridService(me.subject);
    renderSignedIn(<GridWorkerScreens />, me, { route: '/visit?householdId=h-1' });
    await openForHousehold();

    fireEvent.change(screen.getByLabelText(label('走访日期')), { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));

    expect(await within(field('走访日期')).findByText('走访日期不能晚于今天')).toBeInTheDocument();
    expect(posted).toEqual([]);
  });

  it('keeps a visit made offline on the phone, shown as waiting, and sends nothing', async () => {
    const me = gridWorker();
    const posted = gridService(me.subject);
    online = false;
    renderSignedIn(<GridWorkerScreens />, me, { route: '/visit?householdId=h-1' });
    await openForHousehold();

    fireEvent.change(screen.getByLabelText('走访情况'), { target: { value: '老人身体良好' } });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));

    const outbox = screen.getByRole('region', { name: '本机待发送' });
    expect(await within(outbox).findByText('待发送')).toBeInTheDocument();
    expect(within(outbox).getByText('李明 · 东湾 3 号')).toBeInTheDocument();
    expect(screen.getByText('1 条待发送')).toBeInTheDocument();
    expect(posted).toEqual([]);
  });

  it('shows the API’s refusal at the field it names, and sends the correction under the same Idempotency-Key', async () => {
    const me = gridWorker();
    const refusal = 'A visit cannot be logged for a future day';
    const posted = gridService(
      me.subject,
      { status: 422, body: { status: 422, detail: refusal, errors: [{ field: 'visitedOn', message: refusal }] } },
      { status: 201, body: { id: 'v-1', householdId: 'h-1', visitedOn: todayInCounty(), memberSubject: me.subject, loggedBy: me.subject } },
    );
    renderSignedIn(<GridWorkerScreens />, me, { route: '/visit?householdId=h-1' });
    await openForHousehold();

    fireEvent.change(screen.getByLabelText('走访情况'), { target: { value: '了解到家中困难' } });
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));

    await waitFor(() => expect(within(field('走访日期')).getByText(refusal)).toBeInTheDocument(), SLOW);
    const outbox = screen.getByRole('region', { name: '本机待发送' });
    expect(within(outbox).getByText('发送失败')).toBeInTheDocument();
    expect(within(outbox).getByText(`原因：${refusal}`)).toBeInTheDocument();
    // jsdom never ends the fading of the busy icon, so the button keeps "loading" in its name
    fireEvent.click(await screen.findByRole('button', { name: /保存修改并发送$/ }, SLOW));

    const sent = screen.getByRole('region', { name: '已发送' });
    expect(await within(sent).findByText('李明 · 东湾 3 号', {}, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(within(outbox).queryByText('发送失败')).not.toBeInTheDocument());
    expect(posted).toHaveLength(2);
    expect(posted[1].key).toBe(posted[0].key);
    expect(posted[1].body).toEqual({ householdId: 'h-1', visitedOn: todayInCounty(), notes: '了解到家中困难' });
  });

  it('lets the person discard a refused visit', async () => {
    const me = gridWorker();
    gridService(me.subject, { status: 422, body: { status: 422, detail: 'No household h-1 you may act in', errors: [{ field: 'householdId', message: 'No household h-1 you may act in' }] } });
    renderSignedIn(<GridWorkerScreens />, me, { route: '/visit?householdId=h-1' });
    await openForHousehold();
    fireEvent.click(screen.getByRole('button', { name: '保存走访记录' }));
    await waitFor(() => expect(within(field('户')).getByText('No household h-1 you may act in')).toBeInTheDocument(), SLOW);

    fireEvent.click(screen.getByRole('button', { name: '放弃 李明 · 东湾 3 号' }));
    // Ant Design spaces out a two-character button label: 放 弃
    fireEvent.click(await screen.findByRole('button', { name: /^放\s?弃$/ }));

    const outbox = screen.getByRole('region', { name: '本机待发送' });
    expect(await within(outbox).findByText('没有待发送的记录。')).toBeInTheDocument();
  });
});
