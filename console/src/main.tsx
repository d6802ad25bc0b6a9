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
      theme={{
        token: {
          colorPrimary: '#b71c1c',
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
