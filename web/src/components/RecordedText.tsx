/**
 * Text recorded in the data in English (curators' notes, organisations' topics, project descriptions).
 * In Chinese, a topic from the known vocabulary is translated; other recorded text shows as written,
 * marked as English so that it is not taken for the interface's own words.
 */
import { useFormat } from '../format';

const TOPICS_ZH: Record<string, string> = {
  culture: '文化',
  energy: '能源',
  'energy (as filed by the source)': '能源（按来源所列）',
  environment: '环境',
  innovation: '创新',
  'science and technology': '科技',
  sustainability: '可持续发展',
};

export function TopicText({ topic }: { topic: string }) {
  const f = useFormat();
  const zh = f.lang === 'zh' ? TOPICS_ZH[topic] : undefined;
  return zh ? <>{zh}</> : <RecordedText text={topic} />;
}

export function RecordedText({ text }: { text: string }) {
  const f = useFormat();
  // Recorded text with no Latin letters (already Chinese) needs no mark.
  return f.lang === 'zh' && /[A-Za-z]/.test(text) ? <span lang="en">{text}</span> : <>{text}</>;
}
