/** Shared pieces: loading, error, empty and not-available states, pager, drawer, section. */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router-dom';
import { ApiError, type AsyncState } from '../api';
import { siteTitle } from '../i18n';
import { useFormat } from '../format';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </div>
  );
}

export function ErrorBox({ error, retry }: { error: Error; retry?: () => void }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="state state-error" role="alert">
      <strong>{notFound ? t('state.notFound') : t('state.error')}</strong>
      {notFound ? (
        // Missing or not the reader's to see (internal records answer 404 too): said in the user's
        // language, the server's words kept for whoever diagnoses it.
        <span className="state-detail" title={error.problem?.detail ?? error.message}>
          {t('state.notFoundText')}
        </span>
      ) : error instanceof ApiError ? (
        // The server's own words, in English: marked so.
        <span className="state-detail" lang="en">
          {error.problem?.detail ?? error.problem?.title ?? error.message}
        </span>
      ) : (
        // No answer at all (offline, the server stopped): said in the user's language, the browser's
        // message kept for whoever diagnoses it.
        <span className="state-detail" title={error.message}>
          {t('problem.network')}
        </span>
      )}
      {retry && !notFound && (
        <button type="button" className="btn" onClick={retry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}

export function NotAvailable({ what }: { what: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-na" role="status" data-testid="not-available">
      <strong>{t('state.notAvailable')}</strong>
      <span className="state-detail">{t('state.notAvailableText', { what })}</span>
    </div>
  );
}

/** Renders the loaded value, or the loading, error or empty state. */
export function Async<T>({
  state,
  children,
  isEmpty,
  empty,
}: {
  state: AsyncState<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
}) {
  if (state.error) return <ErrorBox error={state.error} retry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  if (isEmpty?.(state.data)) return <Empty>{empty}</Empty>;
  return <>{children(state.data)}</>;
}

export function Section({
  title,
  children,
  actions,
  id,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  id?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="card-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

export function Pager({
  total,
  limit,
  offset,
  onChange,
}: {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('table.page', { page, pages })}>
      <button
        type="button"
        className="btn"
        disabled={page <= 1}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('table.prev')}
      </button>
      <span>{t('table.page', { page, pages })}</span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onChange(offset + limit)}>
        {t('table.next')}
      </button>
    </nav>
  );
}

export function Drawer({
  title,
  onClose,
  children,
  actions,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [onClose]);
  return (
    <div className="drawer-backdrop" onClick={onClose}>
      <aside
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="drawer-title"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="drawer-head">
          <h2 id="drawer-title">{title}</h2>
          {actions}
          <button ref={closeRef} type="button" className="btn" onClick={onClose}>
            {t('partnership.close')}
          </button>
        </div>
        <div className="drawer-body">{children}</div>
      </aside>
    </div>
  );
}

export function PageTitle({
  title,
  lead,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { i18n } = useTranslation();
  // Each page's tab says what the page is (the heading as shown, in the user's language).
  useEffect(() => {
    const text = heading.current?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) document.title = `${text} · ${i18n.language === 'zh' ? '友城' : 'Amity'}`;
  });
  useEffect(() => () => void (document.title = siteTitle(i18n.language)), [i18n]);
  return (
    <header className="page-head">
      <h1 ref={heading}>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </header>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('state.notFound')} lead={t('state.pageNotFound')} />
      <Link to="/">{t('state.backHome')}</Link>
    </div>
  );
}

/** A table wrapper that scrolls sideways on narrow screens instead of breaking the layout. */
export function TableScroll({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** Shown instead of a page that failed while rendering, with the header still usable. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError() as Error | undefined;
  return (
    <div className="page">
      <PageTitle title={t('state.error')} />
      <ErrorBox error={error instanceof Error ? error : new Error(String(error))} />
      <p>
        <Link to="/">{t('state.backHome')}</Link>
      </p>
    </div>
  );
}

/**
 * A name in the user's language. In Chinese, a place or record known only by its foreign name shows it
 * in italics, marked as another language and titled so, rather than passing it off as the Chinese name.
 */
export function NameText({ of }: { of: { nameEn: string; nameZh?: string | null } | null | undefined }) {
  const f = useFormat();
  if (!of) return null;
  if (f.lang !== 'zh' || of.nameZh || !of.nameEn) return <>{f.name(of)}</>;
  return (
    <i lang="en" className="untranslated" title={f.t('common.noChineseName')}>
      {of.nameEn}
    </i>
  );
}

/** A source's title: its Chinese title in Chinese where it has one, otherwise as written, marked so. */
export function SourceTitle({ source }: { source: { title: string; titleZh?: string | null } }) {
  return <NameText of={{ nameEn: source.title, nameZh: source.titleZh }} />;
}

/** Who made a change: a user's login as written, or the bundled open data in words. */
export function ActorText({ actor }: { actor: string }) {
  const f = useFormat();
  if (actor === 'bundled-data') return <>{f.t('history.bundledData')}</>;
  return <span translate="no">{actor}</span>;
}

/** The name in the other language, beside the main one, marked as that language; nothing when it is the same. */
export function AltName({
  of,
  className = 'muted',
  block = false,
}: {
  of: { nameEn: string; nameZh?: string | null } | null | undefined;
  className?: string;
  block?: boolean;
}) {
  const f = useFormat();
  const alt = f.altName(of);
  if (!alt) return null;
  const lang = f.lang === 'zh' ? 'en' : 'zh';
  return block ? (
    <div lang={lang} className={className}>
      {alt}
    </div>
  ) : (
    <span lang={lang} className={className}>
      {alt}
    </span>
  );
}
