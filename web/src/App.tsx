import { Button, ConfigProvider, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { antdLocales, LanguageContext, useText, type Language } from './i18n';
import { Catalogue } from './pages/Catalogue';
import { ItemGuide } from './pages/ItemGuide';
import { SignIn } from './pages/SignIn';
import { claimsOf, currentToken, signOut } from './session';

function Shell() {
  const { t, language, setLanguage } = useText();
  const location = useLocation();
  const [token, setToken] = useState(currentToken);
  const identity = token ? claimsOf(token) : undefined;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('title')}
        </Typography.Title>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[location.pathname === '/' ? 'catalogue' : '']}
          style={{ flex: 1, minWidth: 0 }}
          items={[{ key: 'catalogue', label: <Link to="/">{t('catalogue')}</Link> }]}
        />
        <Space>
          <Button size="small" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          {identity ? (
            <>
              <Tag color="gold" title={t('signedInAs')}>
                {identity.sub} · {identity.role}
                {identity.agency ? ` · ${identity.agency}` : ''}
              </Tag>
              <Button
                size="small"
                onClick={() => {
                  signOut();
                  setToken(undefined);
                }}
              >
                {t('signOut')}
              </Button>
            </>
          ) : (
            <Link to="/sign-in">
              <Button size="small" type="primary">
                {t('signIn')}
              </Button>
            </Link>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: '24px clamp(12px, 4vw, 48px)' }}>
        <Routes>
          <Route path="/" element={<Catalogue />} />
          <Route path="/items/:code" element={<ItemGuide />} />
          <Route path="/sign-in" element={<SignIn onSignedIn={() => setToken(currentToken())} />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}

export function App() {
  const [language, setLanguage] = useState<Language>('zh');
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <ConfigProvider locale={antdLocales[language]}>
        <Shell />
      </ConfigProvider>
    </LanguageContext.Provider>
  );
}
