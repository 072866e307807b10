/** The header's account control: "Sign in" for a visitor; the user's name with a menu once signed in. */
import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { useFormat } from '../format';
import { loginPath, useSession } from '../session';

export default function AccountMenu() {
  const f = useFormat();
  const session = useSession();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  // Until the session is known, a placeholder keeps the header from jumping.
  if (!session.ready) return <span className="account-menu" aria-hidden="true" />;
  const user = session.user;
  if (!user) {
    const here = location.pathname + location.search;
    return (
      <NavLink
        to={location.pathname === '/login' ? here : loginPath(here)}
        className="btn account-signin"
        data-testid="sign-in-link"
      >
        {f.t('session.signIn')}
      </NavLink>
    );
  }
  return (
    <div className="account-menu" ref={box}>
      <button
        ref={button}
        type="button"
        className="btn account-button"
        aria-expanded={open}
        aria-controls="account-menu-list"
        aria-label={f.t('session.menu', { name: user.name })}
        title={user.name}
        data-testid="account-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="account-name" data-testid="account-name">
          {user.name}
        </span>
        <span aria-hidden="true" className="account-caret">
          ▾
        </span>
      </button>
      {open && (
        <ul id="account-menu-list" className="account-list">
          <li className="account-who muted small">{f.t('session.signedInAs', { login: user.login })}</li>
          <li>
            <Link to="/workspace" data-testid="workspace-link">
              {f.t('workspace.menu')}
            </Link>
          </li>
          {session.can('registry.write') && (
            <li>
              <Link to="/stewardship" data-testid="stewardship-link">
                {f.t('stewardship.menu')}
              </Link>
            </li>
          )}
          <li>
            <Link to="/account" data-testid="account-link">
              {f.t('session.myAccount')}
            </Link>
          </li>
          {session.can('users.manage') && (
            <li>
              <Link to="/admin/users" data-testid="users-link">
                {f.t('session.users')}
              </Link>
            </li>
          )}
          <li>
            <button
              type="button"
              className="link-button"
              data-testid="sign-out"
              onClick={() => {
                setOpen(false);
                void session.logout();
              }}
            >
              {f.t('session.signOut')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
