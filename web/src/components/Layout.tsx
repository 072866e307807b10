/** Header with navigation and the language switch, the page outlet, the footer with attribution. */
import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Suspense, useEffect } from 'react';
import { Loading } from './ui';
import AccountMenu from './AccountMenu';

const LINKS = [
  ['/', 'nav.home'],
  ['/compare', 'nav.compare'],
  ['/country', 'nav.countries'],
  ['/organisations', 'nav.organisations'],
  ['/events', 'nav.events'],
  ['/projects', 'nav.projects'],
  ['/sources', 'nav.sources'],
  ['/analysis', 'nav.analysis'],
  ['/indices', 'nav.indices'],
  ['/entry', 'nav.entry'],
] as const;

export default function Layout() {
  const { t, i18n } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);
  const other = i18n.language === 'zh' ? 'en' : 'zh';
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <NavLink to="/" className="brand" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
            <span className="brand-mark" aria-hidden="true">
              友
            </span>
            <span className="brand-text">
              <strong>{i18n.language === 'zh' ? '友城' : 'Amity'}</strong>
              <small>{t('app.tagline')}</small>
            </span>
          </NavLink>
          <button
            type="button"
            className="btn menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {t('nav.menu')}
          </button>
          <nav id="main-nav" className={menuOpen ? 'main-nav open' : 'main-nav'} aria-label={t('nav.main')}>
            {LINKS.map(([to, key]) => (
              <NavLink key={to} to={to} end={to === '/'}>
                {t(key)}
              </NavLink>
            ))}
          </nav>
          <AccountMenu />
          <button
            type="button"
            className="btn lang-switch"
            lang={other === 'zh' ? 'zh-CN' : 'en'}
            aria-label={t('lang.label')}
            data-testid="lang-switch"
            onClick={() => void i18n.changeLanguage(other)}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>
          {t('app.name')} · <a href="/api/docs">API</a> · <a href="/status">{t('footer.status')}</a>
        </p>
        <p className="muted small">{t('footer.credits')}</p>
      </footer>
    </>
  );
}
