import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import './i18n';
import './styles.css';
import { App } from './App';
import { FONT_SIZES, PreferencesProvider, usePreferences } from './layout/preferences';
import { registerServiceWorker } from './offline/serviceWorker';

function Themed() {
  const { language, fontScale } = usePreferences();
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      // "提交", not "提 交": a button's name stays what its label says (screen readers, tests)
      button={{ autoInsertSpace: false }}
      // the required star drawn by CSS would become part of every field's accessible name ("* 户")
      form={{
        requiredMark: (label, { required }) => (
          <>
            {required && (
              <span className="required-star" aria-hidden="true">
                *
              </span>
            )}
            {label}
          </>
        ),
      }}
      theme={{
        token: {
          colorPrimary: '#b71c1c',
          // darker than Ant Design's defaults: links and secondary text must reach WCAG AA contrast
          colorLink: '#0b57d0',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
          fontSize: FONT_SIZES[fontScale],
          // large touch targets for older villagers and cheap phones
          controlHeight: 44,
          controlHeightLG: 52,
          controlHeightSM: 36,
          borderRadius: 6,
        },
      }}
    >
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PreferencesProvider>
      <Themed />
    </PreferencesProvider>
  </StrictMode>,
);

registerServiceWorker();
