/** Saving an index needs a signed-in user whose roles may write indices. */
import { Link, useLocation } from 'react-router-dom';
import { useFormat } from '../../format';
import { loginPath, useSession } from '../../session';

export default function NeedSignIn() {
  const f = useFormat();
  const session = useSession();
  const location = useLocation();
  if (session.user) return <>{f.t('indices.needRole')}</>;
  return (
    <>
      {f.t('indices.needSignIn')}{' '}
      <Link to={loginPath(location.pathname + location.search)}>{f.t('session.signIn')}</Link>
      {f.lang === 'zh' ? '。' : '.'}
    </>
  );
}
