import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Alert, Button, Drawer, Dropdown, Grid, Layout, Menu, Segmented, Space } from 'antd';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/AuthContext';
import { useOnline } from '../common/online';
import { featuresFor } from './navigation';
import { usePreferences, type FontScale } from './preferences';

/** The frame of every signed-in screen: title, menu by role, language and text size, offline notice. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { identity, basePath, countyName, logout } = useSession();
  const { language, changeLanguage, fontScale, changeFontScale } = usePreferences();
  const online = useOnline();
  const screens = Grid.useBreakpoint();
  const location = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const phone = !screens.md;

  const features = featuresFor(identity.roles);
  const menuItems = features.map((feature) => ({
    key: feature.prefix,
    type: 'group' as const,
    label: t(feature.label),
    children: feature.items.map((item) => ({
      key: `${basePath}/${item.path}`,
      label: (
        <Link to={`${basePath}/${item.path}`} onClick={() => setDrawerOpen(false)}>
          {t(item.label)}
        </Link>
      ),
    })),
  }));
  const selected = menuItems
    .flatMap((group) => group.children.map((child) => child.key))
    .filter((key) => location.pathname.startsWith(key))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const menu = <Menu mode="inline" items={menuItems} selectedKeys={selected} style={{ borderInlineEnd: 'none' }} />;
  const roleNames = identity.roles.map((role) => t(`roles.${role}`)).join('、');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Layout.Header className="shell-header">
        <Space size="small" align="center" style={{ minWidth: 0 }}>
          {phone && (
            <Button
              type="text"
              aria-label={t('shell.menu')}
              icon={<MenuOutlined style={{ color: '#fff', fontSize: 20 }} />}
              onClick={() => setDrawerOpen(true)}
              className="touch-target"
            />
          )}
          <Link to={basePath} className="shell-title">
            {t('term:app')}
            {countyName ? ` · ${countyName}` : ''}
          </Link>
        </Space>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'who', disabled: true, label: `${identity.name || identity.username}（${roleNames}）` },
              { type: 'divider' },
              {
                key: 'language',
                label: t('shell.language'),
                onClick: () => changeLanguage(language === 'zh-CN' ? 'en' : 'zh-CN'),
              },
              {
                key: 'font',
                label: (
                  <span onClick={(event) => event.stopPropagation()}>
                    {t('shell.fontSize')}{' '}
                    <Segmented<FontScale>
                      size="small"
                      value={fontScale}
                      onChange={changeFontScale}
                      options={[
                        { value: 'normal', label: t('shell.fontNormal') },
                        { value: 'large', label: t('shell.fontLarge') },
                        { value: 'larger', label: t('shell.fontLarger') },
                      ]}
                    />
                  </span>
                ),
              },
              { type: 'divider' },
              { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: logout },
            ],
          }}
        >
          <Button type="text" className="touch-target shell-user" aria-label={t('shell.signedInAs')} icon={<UserOutlined />}>
            {!phone && <span>{identity.name || identity.username}</span>}
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        {phone ? (
          <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={280} title={t('shell.menu')}>
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={232} theme="light" className="shell-sider">
            <nav aria-label={t('shell.menu')}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content className="shell-content">
          {!online && <Alert type="warning" showIcon banner title={t('shell.offline')} role="status" />}
          {/* Layout.Content is the page's <main> landmark already */}
          <div id="main" tabIndex={-1}>
            {children}
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** A page's heading, the same everywhere. */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-title">
      <h2 className="page-title-text">{children}</h2>
      {extra}
    </div>
  );
}
