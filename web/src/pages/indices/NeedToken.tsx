/** Saving needs the admin token, which the data-entry page takes. */
import { Link } from 'react-router-dom';
import { useFormat } from '../../format';

export default function NeedToken() {
  const f = useFormat();
  return (
    <>
      {f.t('indices.needToken')} <Link to="/entry">{f.t('indices.entryPage')}</Link>
      {f.lang === 'zh' ? '。' : '.'}
    </>
  );
}
