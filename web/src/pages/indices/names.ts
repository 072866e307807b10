/** Node names in the page's language. */
import { useMemo } from 'react';
import { useFormat } from '../../format';
import type { BuildResult, Framework } from '../../indices-api';
import type { NameOf } from './shared';

/** Chinese names of the ASEM framework's aggregates (the bundled iMeta names them in English only). */
const NODE_ZH: Record<string, string> = {
  Index: '可持续互联互通',
  Conn: '互联互通',
  Sust: '可持续性',
  Physical: '基础设施',
  ConEcFin: '经济与金融（互联）',
  Political: '政治',
  Instit: '制度',
  P2P: '人文交流',
  Environ: '环境',
  Social: '社会',
  SusEcFin: '经济与金融（可持续）',
};

/** Names a node by its code: the framework's name in the page's language, else the built level's. */
export function useNodeNames(result: BuildResult | undefined, framework: Framework | null): NameOf {
  const f = useFormat();
  return useMemo(() => {
    const names = new Map<string, { en: string; zh?: string }>();
    for (const l of result?.levels ?? []) for (const n of l.nodes) names.set(n.code, { en: n.name });
    for (const n of framework?.nodes ?? [])
      names.set(n.code, { en: n.name ?? names.get(n.code)?.en ?? n.code, zh: n.nameZh });
    return (code: string) => {
      const n = names.get(code);
      if (!n) return code;
      return f.lang === 'zh' ? n.zh || NODE_ZH[code] || n.en : n.en;
    };
  }, [result, framework, f.lang]);
}
