import { Empty } from 'antd';
import { BankOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ConsoleConfig } from '../config';
import { usePreferences } from './preferences';

/** The first screen: which county's console (each county has its own login), or the province's. */
export function CountyPicker({ config }: { config: ConsoleConfig }) {
  const { t } = useTranslation();
  const { language, changeLanguage } = usePreferences();
  return (
    <main id="main" className="picker">
      <div className="picker-card">
        <div className="picker-head">
          <h1>{t('term:app')}</h1>
          <button type="button" className="link-button" onClick={() => changeLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}>
            {t('shell.language')}
          </button>
        </div>
        <p>{t('login.chooseCounty')}</p>
        <p className="muted">{t('login.chooseCountyHint')}</p>
        {config.counties.length === 0 ? (
          <Empty description={t('login.noCounties')} />
        ) : (
          <ul className="picker-list">
            {config.counties.map((county) => (
              <li key={county.id}>
                <Link to={`/c/${county.id}`} className="picker-link">
                  <BankOutlined /> <span>{county.name}</span> <RightOutlined />
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p style={{ marginTop: 24 }}>
          <Link to="/p">{t('login.platform')}</Link>
        </p>
      </div>
    </main>
  );
}
